package io.opencenter.installer.ui.wizard.cluster;

import io.opencenter.installer.install.CloudDiscovery;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.common.FileChooserService;
import io.opencenter.installer.ui.common.FileType;
import io.opencenter.installer.ui.common.FindingDecorator;
import io.opencenter.installer.ui.common.FindingText;
import io.opencenter.installer.ui.common.Keyboard;
import io.opencenter.installer.ui.controls.EditableCombos;
import io.opencenter.installer.ui.controls.FormField;
import io.opencenter.installer.ui.controls.IntegerSpinners;
import io.opencenter.installer.ui.controls.ScrollToFocused;
import io.opencenter.installer.ui.wizard.WizardPage;
import io.opencenter.installer.ui.wizard.cloud.CloudCheckPanel;
import io.opencenter.installer.ui.wizard.cloud.CloudCheckViewModel;
import io.opencenter.installer.ui.wizard.cloud.CloudSession;
import io.opencenter.installer.ui.wizard.cluster.FindingRouter.RoutedFindings;
import io.opencenter.installer.ui.wizard.model.ClusterConfigModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Cluster: every field of the config, each with its validator findings shown right at it. */
public final class ClusterController implements WizardPage {
    private final ClusterViewModel viewModel;
    private final FileChooserService fileChooser;
    private final ResourceBundle bundle;
    private final FindingDecorator decorator;
    /** Config path → the form field showing it; filled in {@link #initialize()}. */
    private final Map<String, FormField> fields = new LinkedHashMap<>();
    private WorkerPoolsEditor pools;

    @FXML private ScrollPane scroll;
    @FXML private VBox cloudCheckBox;
    @FXML private javafx.scene.control.Hyperlink cloudCheckLink;
    @FXML private VBox pageFindings;
    @FXML private VBox fileFindings;
    @FXML private TextField name;
    @FXML private ComboBox<String> kubernetesVersion;
    @FXML private ComboBox<String> profile;
    @FXML private TextField cloudName;
    @FXML private ComboBox<String> region;
    @FXML private ComboBox<String> availabilityZone;
    @FXML private CheckBox sandbox;
    @FXML private TextField nodeCidr;
    @FXML private TextField podCidr;
    @FXML private TextField serviceCidr;
    @FXML private TextField apiVip;
    @FXML private TextField metallbPool;
    @FXML private ComboBox<String> externalNetwork;
    @FXML private TextField dnsNameservers;
    @FXML private ComboBox<Integer> controlPlaneCount;
    @FXML private ComboBox<String> controlPlaneFlavor;
    @FXML private ComboBox<String> controlPlaneImage;
    @FXML private Spinner<Integer> controlPlaneVolume;
    @FXML private GridPane workerPoolGrid;
    @FXML private Button addWorkerPool;
    @FXML private TextField sshPublicKeyFile;
    @FXML private TextField oidcIssuerUrl;
    @FXML private TextField oidcClientId;
    @FXML private TextField gitRepoUrl;
    @FXML private TextField gitBranch;
    @FXML private TextField gitPath;
    @FXML private CheckBox serializeApiCalls;
    @FXML private Spinner<Integer> parallelism;
    @FXML private TextField offlineBundle;
    @FXML private TextField offlineRegistry;

    @FXML private FormField nameField;
    @FXML private FormField kubernetesVersionField;
    @FXML private FormField profileField;
    @FXML private FormField cloudNameField;
    @FXML private FormField regionField;
    @FXML private FormField availabilityZoneField;
    @FXML private FormField sandboxField;
    @FXML private FormField nodeCidrField;
    @FXML private FormField podCidrField;
    @FXML private FormField serviceCidrField;
    @FXML private FormField apiVipField;
    @FXML private FormField metallbPoolField;
    @FXML private FormField externalNetworkField;
    @FXML private FormField dnsNameserversField;
    @FXML private FormField controlPlaneCountField;
    @FXML private FormField controlPlaneFlavorField;
    @FXML private FormField controlPlaneImageField;
    @FXML private FormField controlPlaneVolumeField;
    @FXML private FormField workerPoolsField;
    @FXML private FormField sshPublicKeyFileField;
    @FXML private FormField oidcIssuerUrlField;
    @FXML private FormField oidcClientIdField;
    @FXML private FormField gitRepoUrlField;
    @FXML private FormField gitBranchField;
    @FXML private FormField gitPathField;
    @FXML private FormField serializeApiCallsField;
    @FXML private FormField parallelismField;
    @FXML private FormField offlineBundleField;
    @FXML private FormField offlineRegistryField;

    private final CloudCheckViewModel cloudCheck;
    private final Runnable toCloudPage;
    private final PauseTransition checkDelay = new PauseTransition(Duration.millis(600));

    public ClusterController(ClusterViewModel viewModel, CloudCheckViewModel cloudCheck, Runnable toCloudPage,
                             FileChooserService fileChooser, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.cloudCheck = cloudCheck;
        this.toCloudPage = toCloudPage;
        this.fileChooser = fileChooser;
        this.bundle = bundle;
        this.decorator = new FindingDecorator(bundle);
    }

    @FXML
    private void initialize() {
        bindInputs(viewModel.config());
        mapFields();
        pools = new WorkerPoolsEditor(workerPoolGrid, viewModel.config().workerPools(),
                viewModel::removeWorkerPool, bundle, () -> {
                    if (pools != null) {
                        showFindings(viewModel.routedProperty().get());
                    }
                });
        Keyboard.fireOnEnter(sandbox, serializeApiCalls);
        ScrollToFocused.install(scroll);
        viewModel.routedProperty().addListener((o, was, routed) -> showFindings(routed));
        viewModel.fileFindings().addListener((javafx.collections.ListChangeListener<Finding>) c -> showFileFindings());
        showFindings(viewModel.routedProperty().get());
        showFileFindings();
        new CloudCheckPanel(cloudCheckBox, cloudCheck, toCloudPage, bundle);
        // a check talks to the cloud: wait until typing pauses
        cloudCheck.setScheduler(run -> {
            checkDelay.setOnFinished(e -> run.run());
            checkDelay.playFromStart();
        });
        // a blocked Next needs a reason in view: the check itself sits at the bottom of a long page
        cloudCheckLink.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                cloudCheck.stateProperty().get() == CloudCheckViewModel.State.FAILED
                        || cloudCheck.stateProperty().get() == CloudCheckViewModel.State.ERROR
                        || cloudCheck.stateProperty().get() == CloudCheckViewModel.State.NO_CLOUD,
                cloudCheck.stateProperty()));
        cloudCheckLink.managedProperty().bind(cloudCheckLink.visibleProperty());
        // the Cloud page decides which cloud; here it is shown, not changed (that would leave the tested one)
        var tested = viewModel.cloudSessionProperty().isNotNull();
        sandbox.disableProperty().bind(tested);
        cloudName.editableProperty().bind(tested.not());
        String examplePrompt = cloudName.getPromptText();
        cloudName.promptTextProperty().bind(javafx.beans.binding.Bindings.when(tested).then("")
                .otherwise(examplePrompt));
        viewModel.cloudSessionProperty().addListener((o, was, session) -> fillPickers(session));
        fillPickers(viewModel.cloudSessionProperty().get());
    }

    /** The names the tested cloud offers, as choices; typing any other name stays possible. */
    private void fillPickers(CloudSession session) {
        CloudDiscovery found = session == null ? CloudDiscovery.NONE : session.discovery();
        region.getItems().setAll(found.regions());
        availabilityZone.getItems().setAll(found.availabilityZones());
        externalNetwork.getItems().setAll(found.externalNetworkNames());
        controlPlaneFlavor.getItems().setAll(found.flavorNames());
        EditableCombos.describeItems(controlPlaneFlavor, found::describeFlavor);
        controlPlaneImage.getItems().setAll(found.imageNames());
        pools.offer(found);
    }

    private void bindInputs(ClusterConfigModel m) {
        name.textProperty().bindBidirectional(m.nameProperty());
        kubernetesVersion.getItems().setAll(viewModel.kubernetesVersions());
        kubernetesVersion.valueProperty().bindBidirectional(m.kubernetesVersionProperty());
        profile.getItems().setAll(ClusterViewModel.PROFILES);
        profile.valueProperty().bindBidirectional(m.profileProperty());
        cloudName.textProperty().bindBidirectional(m.cloudNameProperty());
        EditableCombos.bind(region, m.regionProperty());
        EditableCombos.bind(availabilityZone, m.availabilityZoneProperty());
        sandbox.selectedProperty().bindBidirectional(m.sandboxProperty());
        nodeCidr.textProperty().bindBidirectional(m.nodeCidrProperty());
        podCidr.textProperty().bindBidirectional(m.podCidrProperty());
        serviceCidr.textProperty().bindBidirectional(m.serviceCidrProperty());
        apiVip.textProperty().bindBidirectional(m.apiVipProperty());
        metallbPool.textProperty().bindBidirectional(m.metallbPoolProperty());
        EditableCombos.bind(externalNetwork, m.externalNetworkProperty());
        dnsNameservers.textProperty().bindBidirectional(m.dnsNameserversProperty());
        controlPlaneCount.getItems().setAll(ClusterViewModel.CONTROL_PLANE_COUNTS);
        controlPlaneCount.valueProperty().bindBidirectional(m.controlPlaneCountProperty());
        EditableCombos.bind(controlPlaneFlavor, m.controlPlaneFlavorProperty());
        EditableCombos.bind(controlPlaneImage, m.controlPlaneImageProperty());
        IntegerSpinners.bind(controlPlaneVolume, m.controlPlaneVolumeSizeGbProperty(), 0, 16384);
        sshPublicKeyFile.textProperty().bindBidirectional(m.sshPublicKeyFileProperty());
        oidcIssuerUrl.textProperty().bindBidirectional(m.oidcIssuerUrlProperty());
        oidcClientId.textProperty().bindBidirectional(m.oidcClientIdProperty());
        gitRepoUrl.textProperty().bindBidirectional(m.gitRepoUrlProperty());
        gitBranch.textProperty().bindBidirectional(m.gitBranchProperty());
        gitPath.textProperty().bindBidirectional(m.gitPathProperty());
        serializeApiCalls.selectedProperty().bindBidirectional(m.serializeApiCallsProperty());
        IntegerSpinners.bind(parallelism, m.parallelismProperty(), 1, 16);
        offlineBundle.textProperty().bindBidirectional(m.offlineBundleProperty());
        offlineRegistry.textProperty().bindBidirectional(m.offlineRegistryProperty());
    }

    private void mapFields() {
        fields.put(FieldPaths.NAME, nameField);
        fields.put(FieldPaths.KUBERNETES_VERSION, kubernetesVersionField);
        fields.put(FieldPaths.PROFILE, profileField);
        fields.put(FieldPaths.CLOUD_NAME, cloudNameField);
        fields.put(FieldPaths.REGION, regionField);
        fields.put(FieldPaths.AVAILABILITY_ZONE, availabilityZoneField);
        fields.put(FieldPaths.SANDBOX, sandboxField);
        fields.put(FieldPaths.NODE_CIDR, nodeCidrField);
        fields.put(FieldPaths.POD_CIDR, podCidrField);
        fields.put(FieldPaths.SERVICE_CIDR, serviceCidrField);
        fields.put(FieldPaths.API_VIP, apiVipField);
        fields.put(FieldPaths.METALLB_POOL, metallbPoolField);
        fields.put(FieldPaths.EXTERNAL_NETWORK, externalNetworkField);
        fields.put(FieldPaths.DNS_NAMESERVERS, dnsNameserversField);
        fields.put(FieldPaths.CONTROL_PLANE_COUNT, controlPlaneCountField);
        fields.put(FieldPaths.CONTROL_PLANE_FLAVOR, controlPlaneFlavorField);
        fields.put(FieldPaths.CONTROL_PLANE_IMAGE, controlPlaneImageField);
        fields.put(FieldPaths.CONTROL_PLANE_VOLUME, controlPlaneVolumeField);
        fields.put(FieldPaths.WORKER_POOLS, workerPoolsField);
        fields.put(FieldPaths.SSH_KEY, sshPublicKeyFileField);
        fields.put(FieldPaths.OIDC_ISSUER, oidcIssuerUrlField);
        fields.put(FieldPaths.OIDC_CLIENT, oidcClientIdField);
        fields.put(FieldPaths.GIT_REPO, gitRepoUrlField);
        fields.put(FieldPaths.GIT_BRANCH, gitBranchField);
        fields.put(FieldPaths.GIT_PATH, gitPathField);
        fields.put(FieldPaths.SERIALIZE, serializeApiCallsField);
        fields.put(FieldPaths.PARALLELISM, parallelismField);
        fields.put(FieldPaths.OFFLINE_BUNDLE, offlineBundleField);
        fields.put(FieldPaths.OFFLINE_REGISTRY, offlineRegistryField);
    }

    private void showFindings(RoutedFindings routed) {
        fields.forEach((path, field) -> {
            List<Finding> here = routed.at(path);
            field.setProblem(FindingText.atField(here, bundle), here.stream().anyMatch(Finding::isError));
            Control input = path.equals(FieldPaths.WORKER_POOLS) ? null : field.input();
            if (input != null) {
                decorator.decorate(input, here);
            }
        });
        pools.controls().forEach((path, control) -> decorator.decorate(control, routed.at(path)));
        pools.showProblems(routed);
        fillList(pageFindings, "cluster.findings.unmapped", routed.unmapped(), null);
    }

    private void showFileFindings() {
        Button dismiss = new Button(bundle.getString("cluster.fileFindings.dismiss"));
        dismiss.setId("dismissFileFindings");
        dismiss.setOnAction(e -> viewModel.fileFindings().clear());
        fillList(fileFindings, "cluster.fileFindings", viewModel.fileFindings(), dismiss);
    }

    private void fillList(VBox box, String titleKey, List<Finding> findings, Node trailer) {
        box.getChildren().clear();
        if (!findings.isEmpty()) {
            Label title = new Label(bundle.getString(titleKey));
            title.getStyleClass().add("text-bold");
            box.getChildren().add(title);
            for (Finding f : findings) {
                Label line = new Label(FindingText.withPath(f, bundle));
                line.setWrapText(true);
                line.getStyleClass().add(f.isError() ? "finding-error" : "finding-warning");
                box.getChildren().add(line);
            }
            if (trailer != null) {
                box.getChildren().add(trailer);
            }
        }
        box.setVisible(!findings.isEmpty());
        box.setManaged(!findings.isEmpty());
    }

    @FXML
    private void showCloudCheck() {
        scroll.setVvalue(scroll.getVmax());
        cloudCheckBox.requestFocus();
    }

    @FXML
    private void addWorkerPool() {
        viewModel.addWorkerPool();
        int last = viewModel.config().workerPools().size() - 1;
        Control nameCell = pools.controls().get(FieldPaths.pool(last, "name"));
        if (nameCell != null) {
            nameCell.requestFocus();
        }
    }

    @FXML
    private void browseSshKey() {
        fileChooser.chooseFileToOpen(bundle.getString("cluster.sshPublicKeyFile.choose"), FileType.SSH_PUBLIC_KEY)
                .ifPresent(p -> viewModel.config().sshPublicKeyFileProperty().set(p.toString()));
    }

    @FXML
    private void browseBundle() {
        fileChooser.chooseFileToOpen(bundle.getString("cluster.offlineBundle.choose"), FileType.OFFLINE_BUNDLE)
                .ifPresent(p -> viewModel.config().offlineBundleProperty().set(p.toString()));
    }

    @Override
    public BooleanBinding valid() {
        return viewModel.valid();
    }

    @Override
    public Node initialFocus() {
        return name;
    }
}
