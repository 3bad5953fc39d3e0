package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.install.CloudListing;
import io.opencenter.installer.install.ServiceCheck;
import io.opencenter.installer.openstack.CloudService;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.ui.wizard.model.StartChoice;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The Cloud page: which cloud (sandbox, a clouds.yaml entry, or entered credentials), "Test connection" in the
 * background with Cancel, per-service results, and on success a {@link CloudSession} in the shared model that the
 * Cluster page's pickers and cloud check use. Any change of the choice makes an earlier result stale.
 */
public final class CloudViewModel {
    public enum TestState { NOT_TESTED, TESTING, SUCCEEDED, FAILED }

    /** Before clouds.yaml was read. */
    static final CloudListing NOT_READ = new CloudListing(List.of(), null, List.of(), "", List.of());

    private final WizardModel model;
    private final CloudServices services;
    private final Executor executor;
    private final java.util.ResourceBundle bundle;
    private final ObjectProperty<CloudSource> source = new SimpleObjectProperty<>(this, "source", CloudSource.SANDBOX);
    private final StringProperty selectedCloud = new SimpleStringProperty(this, "selectedCloud");
    private final ObservableList<String> cloudNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CloudListing> listing = new ReadOnlyObjectWrapper<>(this, "listing",
            NOT_READ);
    private final CredentialsForm credentials = new CredentialsForm();
    private final ReadOnlyObjectWrapper<TestState> state = new ReadOnlyObjectWrapper<>(this, "state",
            TestState.NOT_TESTED);
    private final ObservableList<ServiceCheck> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FieldProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final BooleanBinding canTest;
    private final BooleanBinding valid;
    private Task<ConnectionJob.Outcome> running;

    public CloudViewModel(WizardModel model, CloudServices services, Executor executor,
                          java.util.ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        this.services = services;
        this.executor = executor;
        source.set(initialSource());
        canTest = Bindings.createBooleanBinding(() -> state.get() != TestState.TESTING && switch (source.get()) {
            case SANDBOX -> true;
            case CLOUDS_YAML -> selectedCloud.get() != null && !selectedCloud.get().isBlank();
            case CREDENTIALS -> credentials.complete().get();
        }, state, source, selectedCloud, credentials.complete());
        valid = Bindings.createBooleanBinding(() -> state.get() == TestState.SUCCEEDED
                && model.cloudSessionProperty().get() != null, state, model.cloudSessionProperty());
        source.addListener(o -> stale());
        selectedCloud.addListener(o -> {
            if (source.get() == CloudSource.CLOUDS_YAML) {
                stale();
            }
        });
        for (Observable dependency : credentials.dependencies()) {
            dependency.addListener(o -> {
                if (source.get() == CloudSource.CREDENTIALS) {
                    stale();
                }
            });
        }
    }

    private CloudSource initialSource() {
        var config = model.config();
        if (model.startChoiceProperty().get() == StartChoice.SANDBOX || config.sandboxProperty().get()) {
            return CloudSource.SANDBOX;
        }
        return CloudSource.CLOUDS_YAML;
    }

    /** Follows the Welcome page: picking the sandbox there makes it the choice here, and "my cloud" the opposite. */
    public void onShown() {
        StartChoice start = model.startChoiceProperty().get();
        if (start == StartChoice.SANDBOX && state.get() != TestState.SUCCEEDED) {
            source.set(CloudSource.SANDBOX);
        } else if (start == StartChoice.OWN_CLOUD && source.get() == CloudSource.SANDBOX) {
            source.set(CloudSource.CLOUDS_YAML);
        }
        String configured = model.config().cloudNameProperty().get();
        boolean named = configured != null && !configured.isBlank();
        if (start == StartChoice.EXISTING_CONFIG && state.get() != TestState.SUCCEEDED) {
            // an opened file names its cloud: offer exactly that one for the test
            source.set(model.config().sandboxProperty().get() ? CloudSource.SANDBOX : CloudSource.CLOUDS_YAML);
            if (named) {
                selectedCloud.set(configured);
            }
        } else if ((selectedCloud.get() == null || selectedCloud.get().isBlank()) && named) {
            selectedCloud.set(configured);
        }
    }

    /** Reads clouds.yaml in the background; the combo box fills when it is done. */
    public void refreshClouds() {
        Tasks.create(services.clouds()::list)
                .onSuccess(this::listed)
                .onUnhandledError(e -> listed(new CloudListing(List.of(), null, List.of(), "",
                        List.of(Finding.error("", String.valueOf(e.getMessage()), null)))))
                .runOnce(executor);
    }

    void listed(CloudListing found) {
        listing.set(found);
        String keep = selectedCloud.get();
        List<String> names = found.names();
        cloudNames.setAll(names);
        if (keep != null && names.contains(keep)) {
            selectedCloud.set(keep);
        } else if ((keep == null || keep.isBlank()) && !names.isEmpty()) {
            selectedCloud.set(names.get(0));
        }
        if (names.isEmpty() && source.get() == CloudSource.CLOUDS_YAML
                && model.startChoiceProperty().get() == StartChoice.OWN_CLOUD) {
            source.set(CloudSource.CREDENTIALS); // nothing to pick from: go straight to the form
        }
    }

    public void testConnection() {
        if (!canTest.get()) {
            return;
        }
        cancel();
        ConnectionJob.Request request = new ConnectionJob.Request(source.get(), selectedCloud.get(),
                source.get() == CloudSource.CREDENTIALS ? credentials.toProfile() : null);
        clearSession();
        results.clear();
        problem.set(null);
        state.set(TestState.TESTING);
        Task<?>[] self = new Task<?>[1];
        Task<ConnectionJob.Outcome> task = Tasks.create(new ConnectionJob(services, request,
                        r -> Platform.runLater(() -> {
                            if (running == self[0]) {
                                results.add(r);
                            }
                        })))
                .onSuccess(this::finished)
                .onError(OpenStackException.class, e -> failed(request, e.kind(), e.getMessage()))
                .onUnhandledError(e -> failed(request, null, String.valueOf(e.getMessage())))
                .build();
        self[0] = task;
        running = task;
        executor.execute(task);
    }

    /** Stops a running test: the page is usable at once; the worker's late answer is dropped. */
    public void cancel() {
        if (running != null) {
            running.cancel(true);
        }
        running = null;
        if (state.get() == TestState.TESTING) {
            state.set(TestState.NOT_TESTED);
        }
    }

    void finished(ConnectionJob.Outcome outcome) {
        running = null;
        results.setAll(outcome.results());
        if (outcome.succeeded()) {
            CloudSession session = outcome.session();
            model.cloudSessionProperty().set(session);
            applyToConfig(session);
            state.set(TestState.SUCCEEDED);
            return;
        }
        state.set(TestState.FAILED);
        outcome.results().stream().filter(r -> r.status() == ServiceCheck.Status.FAILED).findFirst()
                .filter(r -> r.service() == CloudService.IDENTITY)
                .ifPresent(r -> problem.set(new FieldProblem(FieldProblem.place(r.failure(), outcome.request()
                        .source(), credentials.kindProperty().get()), r.message())));
    }

    void failed(ConnectionJob.Request request, OpenStackException.Kind kind, String message) {
        running = null;
        state.set(TestState.FAILED);
        problem.set(new FieldProblem(FieldProblem.place(kind, request.source(), credentials.kindProperty().get()),
                message));
    }

    /** The config names the cloud (never its secrets): the sandbox flag, the clouds.yaml entry and its region. */
    private void applyToConfig(CloudSession session) {
        var config = model.config();
        config.batch(() -> {
            config.sandboxProperty().set(session.sandbox());
            config.cloudNameProperty().set(session.cloudName() == null ? "" : session.cloudName());
            String region = session.profile().regionName();
            if (region != null && !region.isBlank()) {
                config.regionProperty().set(region);
            } else if (session.discovery().regions().size() == 1) {
                config.regionProperty().set(session.discovery().regions().get(0));
            }
        });
        model.startChoiceProperty().set(session.sandbox() ? StartChoice.SANDBOX
                : model.startChoiceProperty().get() == StartChoice.EXISTING_CONFIG ? StartChoice.EXISTING_CONFIG
                : StartChoice.OWN_CLOUD);
    }

    private void stale() {
        cancel();
        if (state.get() != TestState.NOT_TESTED) {
            state.set(TestState.NOT_TESTED);
            results.clear();
        }
        problem.set(null);
        clearSession();
    }

    private void clearSession() {
        if (model.cloudSessionProperty().get() != null) {
            model.cloudSessionProperty().set(null);
        }
    }

    /**
     * Writes the entered credentials as a clouds.yaml entry (secret into secure.yaml) in the background, so the
     * config file can name the cloud; {@code status} gets the file written or why not.
     */
    public void saveCredentials(java.util.function.Consumer<String> status) {
        if (!credentials.complete().get()) {
            return;
        }
        var profile = credentials.toProfile();
        Tasks.create(() -> services.clouds().save(profile))
                .onSuccess(file -> status.accept(java.text.MessageFormat.format(bundle("cloud.save.done"), file)))
                .onUnhandledError(e -> status.accept(java.text.MessageFormat.format(bundle("cloud.save.failed"),
                        e.getMessage())))
                .runOnce(executor);
    }

    private String bundle(String key) {
        return bundle.getString(key);
    }

    public ObjectProperty<CloudSource> sourceProperty() { return source; }
    public StringProperty selectedCloudProperty() { return selectedCloud; }
    public ObservableList<String> cloudNames() { return cloudNames; }
    public ReadOnlyObjectProperty<CloudListing> listingProperty() { return listing.getReadOnlyProperty(); }
    public CredentialsForm credentials() { return credentials; }
    public ReadOnlyObjectProperty<TestState> stateProperty() { return state.getReadOnlyProperty(); }
    public ObservableList<ServiceCheck> results() { return results; }
    public ReadOnlyObjectProperty<FieldProblem> problemProperty() { return problem.getReadOnlyProperty(); }
    public BooleanBinding canTest() { return canTest; }
    /** Next is allowed once the test passed for the current choice. */
    public BooleanBinding valid() { return valid; }
}
