package io.opencenter.installer.ui.wizard.cluster;

import io.opencenter.installer.install.CloudDiscovery;
import io.opencenter.installer.spec.ConfigField;
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
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Cluster: every field of the config, each with its validator findings shown right at it. */
public final class ClusterController implements WizardPage {
    private final ClusterViewModel viewModel;
    private final FileChooserService fileChooser;
    private final ResourceBundle bundle;
    private final FindingDecorator decorator;
    /** Config field → the form field showing it; found in {@link #initialize()}. */
    private Map<ConfigField, FormField> fields = Map.of();
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
    @FXML private ToggleGroup serverGroupPolicy;
    @FXML private RadioButton serverGroupPolicyHard;
    @FXML private RadioButton serverGroupPolicySoft;
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
        fields = ClusterFields.formFields(scroll.getContent());
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
        PolicyChoice.bind(serverGroupPolicy, serverGroupPolicyHard, serverGroupPolicySoft,
                m.serverGroupPolicyProperty());
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

    private void showFindings(RoutedFindings routed) {
        fields.forEach((field, formField) -> {
            List<Finding> here = routed.at(field);
            formField.setProblem(FindingText.atField(here, bundle), here.stream().anyMatch(Finding::isError));
            // the pools' table decorates its own cells
            Control input = field == ConfigField.WORKER_POOLS ? null : formField.input();
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
        Control nameCell = pools.controls().get(ConfigField.POOL_NAME.at(last));
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
