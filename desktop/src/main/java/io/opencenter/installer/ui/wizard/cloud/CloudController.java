package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.install.CloudListing;
import io.opencenter.installer.install.ServiceCheck;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.common.FileChooserService;
import io.opencenter.installer.ui.common.FileType;
import io.opencenter.installer.ui.common.FindingDecorator;
import io.opencenter.installer.ui.common.Keyboard;
import io.opencenter.installer.ui.controls.FormField;
import io.opencenter.installer.ui.controls.ScrollToFocused;
import io.opencenter.installer.ui.wizard.WizardPage;
import io.opencenter.installer.ui.wizard.cloud.CloudViewModel.TestState;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Cloud: sandbox, a clouds.yaml entry or entered credentials; Test connection with per-service results. */
public final class CloudController implements WizardPage {
    private final CloudViewModel viewModel;
    private final FileChooserService fileChooser;
    private final ResourceBundle bundle;
    private final FindingDecorator decorator;

    @FXML private ScrollPane scroll;
    @FXML private ToggleGroup sourceGroup;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton sourceSandbox;
    @FXML private RadioButton sourceCloudsYaml;
    @FXML private RadioButton sourceCredentials;
    @FXML private VBox cloudsYamlDetail;
    @FXML private VBox credentialsDetail;
    @FXML private FormField cloudEntryField;
    @FXML private ComboBox<String> cloudEntry;
    @FXML private Label cloudFiles;
    @FXML private RadioButton kindAppCredential;
    @FXML private RadioButton kindPassword;
    @FXML private FormField authUrlField;
    @FXML private TextField authUrl;
    @FXML private TextField entryName;
    @FXML private GridPane appCredentialGrid;
    @FXML private TextField appCredentialId;
    @FXML private TextField appCredentialName;
    @FXML private TextField appCredentialUser;
    @FXML private FormField appCredentialSecretField;
    @FXML private PasswordField appCredentialSecret;
    @FXML private GridPane passwordGrid;
    @FXML private TextField username;
    @FXML private TextField userDomain;
    @FXML private FormField passwordField;
    @FXML private PasswordField password;
    @FXML private TextField projectName;
    @FXML private TextField projectDomain;
    @FXML private TextField credRegion;
    @FXML private FormField caCertField;
    @FXML private TextField caCertFile;
    @FXML private CheckBox insecure;
    @FXML private Label insecureWarning;
    @FXML private Label saveStatus;
    @FXML private Button testButton;
    @FXML private ProgressIndicator testProgress;
    @FXML private Button cancelTestButton;
    @FXML private Label testStatus;
    @FXML private Label pageProblem;
    @FXML private GridPane serviceResults;

    public CloudController(CloudViewModel viewModel, FileChooserService fileChooser, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.fileChooser = fileChooser;
        this.bundle = bundle;
        this.decorator = new FindingDecorator(bundle);
    }

    @FXML
    private void initialize() {
        bindChoice();
        bindCredentials(viewModel.credentials());
        cloudEntry.setItems(viewModel.cloudNames());
        cloudEntry.valueProperty().bindBidirectional(viewModel.selectedCloudProperty());
        viewModel.listingProperty().addListener((o, was, now) -> showListing(now));
        showListing(viewModel.listingProperty().get());
        testButton.disableProperty().bind(viewModel.canTest().not());
        viewModel.stateProperty().addListener((o, was, now) -> showState(now));
        viewModel.results().addListener((javafx.collections.ListChangeListener<ServiceCheck>) c -> showResults());
        viewModel.problemProperty().addListener((o, was, now) -> showProblem(now));
        ScrollToFocused.install(scroll);
        showState(viewModel.stateProperty().get());
        showResults();
        showProblem(viewModel.problemProperty().get());
    }

    private void bindChoice() {
        sourceSandbox.setUserData(CloudSource.SANDBOX);
        sourceCloudsYaml.setUserData(CloudSource.CLOUDS_YAML);
        sourceCredentials.setUserData(CloudSource.CREDENTIALS);
        Keyboard.fireOnEnter(sourceSandbox, sourceCloudsYaml, sourceCredentials, kindAppCredential, kindPassword,
                insecure);
        selectByUserData(sourceGroup, viewModel.sourceProperty().get());
        viewModel.sourceProperty().addListener((o, was, now) -> {
            selectByUserData(sourceGroup, now);
            showSource(now);
        });
        sourceGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.sourceProperty().set((CloudSource) now.getUserData());
            }
        });
        showSource(viewModel.sourceProperty().get());
    }

    private void bindCredentials(CredentialsForm form) {
        kindAppCredential.setUserData(CredentialKind.APPLICATION_CREDENTIAL);
        kindPassword.setUserData(CredentialKind.PASSWORD);
        selectByUserData(kindGroup, form.kindProperty().get());
        kindGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                form.kindProperty().set((CredentialKind) now.getUserData());
            }
        });
        form.kindProperty().addListener((o, was, now) -> showKind(now));
        showKind(form.kindProperty().get());
        entryName.textProperty().bindBidirectional(form.entryNameProperty());
        authUrl.textProperty().bindBidirectional(form.authUrlProperty());
        appCredentialId.textProperty().bindBidirectional(form.appCredentialIdProperty());
        appCredentialName.textProperty().bindBidirectional(form.appCredentialNameProperty());
        appCredentialUser.textProperty().bindBidirectional(form.appCredentialUserProperty());
        secret(appCredentialSecret, form.appCredentialSecretProperty()::set);
        username.textProperty().bindBidirectional(form.usernameProperty());
        userDomain.textProperty().bindBidirectional(form.userDomainProperty());
        secret(password, form.passwordProperty()::set);
        projectName.textProperty().bindBidirectional(form.projectNameProperty());
        projectDomain.textProperty().bindBidirectional(form.projectDomainProperty());
        credRegion.textProperty().bindBidirectional(form.regionProperty());
        caCertFile.textProperty().bindBidirectional(form.caCertFileProperty());
        insecure.selectedProperty().bindBidirectional(form.insecureProperty());
        insecureWarning.visibleProperty().bind(form.insecureProperty());
        insecureWarning.managedProperty().bind(form.insecureProperty());
    }

    /** A password field feeds a {@link Secret} built from its characters; the old one is wiped. */
    private static void secret(PasswordField field, Consumer<Secret> sink) {
        Secret[] current = new Secret[1];
        field.textProperty().addListener((o, was, now) -> {
            CharSequence chars = field.getCharacters();
            char[] copy = new char[chars.length()];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = chars.charAt(i);
            }
            Secret next = Secret.of(copy);
            Arrays.fill(copy, '\0');
            Secret old = current[0];
            current[0] = next;
            sink.accept(next);
            if (old != null) {
                old.wipe();
            }
        });
    }

    private static void selectByUserData(ToggleGroup group, Object data) {
        for (Toggle t : group.getToggles()) {
            if (t.getUserData() == data && !t.isSelected()) {
                t.setSelected(true);
            }
        }
    }

    private void showSource(CloudSource source) {
        show(cloudsYamlDetail, source == CloudSource.CLOUDS_YAML);
        show(credentialsDetail, source == CloudSource.CREDENTIALS);
    }

    private void showKind(CredentialKind kind) {
        show(appCredentialGrid, kind == CredentialKind.APPLICATION_CREDENTIAL);
        show(passwordGrid, kind == CredentialKind.PASSWORD);
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void showListing(CloudListing listing) {
        String files = listing.filesRead().isEmpty() ? bundle.getString("cloud.cloudsYaml.noFiles")
                : MessageFormat.format(bundle.getString("cloud.cloudsYaml.files"), listing.filesRead().stream()
                        .map(Object::toString).collect(Collectors.joining(", ")));
        String problems = listing.findings().stream()
                .map(f -> "\n" + (f.path() == null || f.path().isBlank() ? "" : f.path() + ": ") + f.message())
                .collect(Collectors.joining());
        cloudFiles.setText(files + problems);
        sourceCloudsYaml.setText(MessageFormat.format(bundle.getString("cloud.cloudsYaml"),
                listing.clouds().size()));
    }

    private void showState(TestState state) {
        boolean testing = state == TestState.TESTING;
        show(testProgress, testing);
        show(cancelTestButton, testing);
        testStatus.getStyleClass().removeAll("status-ok", "status-failed");
        switch (state) {
            case NOT_TESTED -> testStatus.setText(bundle.getString("cloud.test.notTested"));
            case TESTING -> testStatus.setText(bundle.getString("cloud.test.running"));
            case SUCCEEDED -> {
                testStatus.setText(bundle.getString("cloud.test.succeeded"));
                testStatus.getStyleClass().add("status-ok");
            }
            case FAILED -> {
                testStatus.setText(bundle.getString("cloud.test.failed"));
                testStatus.getStyleClass().add("status-failed");
            }
        }
    }

    private void showResults() {
        serviceResults.getChildren().clear();
        List<ServiceCheck> results = viewModel.results();
        for (int row = 0; row < results.size(); row++) {
            ServiceCheck r = results.get(row);
            String id = "service-" + r.service().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Label dot = new Label(r.ok() ? "\u25CF" : r.status() == ServiceCheck.Status.SKIPPED ? "\u25CB" : "\u25CF");
            dot.getStyleClass().add(switch (r.status()) {
                case OK -> "service-ok";
                case FAILED -> "service-failed";
                case SKIPPED -> "service-skipped";
            });
            dot.setId(id + "-status");
            Label name = new Label(bundle.getString("cloud.service." + r.service().name()));
            name.getStyleClass().add("text-bold");
            Label latency = new Label(!r.timed() ? ""
                    : MessageFormat.format(bundle.getString("cloud.service.latency"), r.latencyMs()));
            latency.getStyleClass().add("text-muted");
            Label message = new Label(r.status() == ServiceCheck.Status.SKIPPED
                    ? bundle.getString("cloud.service.skipped") : r.ok() ? bundle.getString("cloud.service.ok")
                    : r.message());
            message.setId(id + "-message");
            message.setWrapText(true);
            message.getStyleClass().add(r.ok() ? "text-muted" : r.status() == ServiceCheck.Status.FAILED
                    ? "field-error" : "text-muted");
            serviceResults.addRow(row, dot, name, latency, message);
        }
        if (serviceResults.getColumnConstraints().isEmpty()) {
            javafx.scene.layout.ColumnConstraints rest = new javafx.scene.layout.ColumnConstraints();
            rest.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            serviceResults.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(),
                    new javafx.scene.layout.ColumnConstraints(), new javafx.scene.layout.ColumnConstraints(), rest);
        }
        show(serviceResults, !results.isEmpty());
    }

    private void showProblem(FieldProblem problem) {
        Map<FieldProblem.Field, FormField> fields = Map.of(
                FieldProblem.Field.PASSWORD, passwordField,
                FieldProblem.Field.APP_CREDENTIAL_SECRET, appCredentialSecretField,
                FieldProblem.Field.AUTH_URL, authUrlField,
                FieldProblem.Field.CA_CERT, caCertField,
                FieldProblem.Field.CLOUD_ENTRY, cloudEntryField);
        fields.forEach((field, formField) -> {
            boolean here = problem != null && problem.field() == field;
            formField.setProblem(here ? problem.message() : null, true);
            Control input = formField.input();
            if (input != null) {
                decorator.decorate(input, here ? List.of(Finding.error(field.name(), problem.message(), null))
                        : List.of());
            }
        });
        boolean onPage = problem != null && problem.field() == FieldProblem.Field.PAGE;
        pageProblem.setText(onPage ? problem.message() : "");
        show(pageProblem, onPage);
    }

    @FXML
    private void testConnection() {
        viewModel.testConnection();
    }

    @FXML
    private void cancelTest() {
        viewModel.cancel();
    }

    @FXML
    private void browseCaCert() {
        fileChooser.chooseFileToOpen(bundle.getString("cloud.caCert.choose"), FileType.CA_CERTIFICATE)
                .ifPresent(p -> viewModel.credentials().caCertFileProperty().set(p.toString()));
    }

    @FXML
    private void saveCredentials() {
        viewModel.saveCredentials(saveStatus::setText);
    }

    @Override
    public BooleanBinding valid() {
        return viewModel.valid();
    }

    @Override
    public void onShown() {
        viewModel.onShown();
        viewModel.refreshClouds();
    }

    @Override
    public Node initialFocus() {
        return (Node) sourceGroup.getSelectedToggle();
    }
}
