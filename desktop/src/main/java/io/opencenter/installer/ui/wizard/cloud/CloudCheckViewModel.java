package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The cloud check (preflight) at the bottom of the Cluster page. Preflight needs the whole config, which is only
 * complete on the Cluster page, so it runs there: whenever the config is free of validation errors and changed (a
 * moment after the last keystroke), against the cloud tested on the Cloud page. Its findings go to the fields they
 * name; Next waits for a check of the config as it is now.
 */
public final class CloudCheckViewModel {
    public enum State {
        /** No tested cloud: go back to the Cloud page. */
        NO_CLOUD,
        /** The config has errors of its own; checking it against the cloud would only repeat them. */
        WAITING_FOR_VALID_CONFIG,
        CHECKING,
        PASSED,
        /** Preflight found errors (quota short, flavor missing, …). */
        FAILED,
        /** Preflight itself could not run (cloud went away, …). */
        ERROR
    }

    private final WizardModel model;
    private final CloudServices services;
    private final Executor executor;
    private final ObservableBooleanValue configValid;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NO_CLOUD);
    private final ReadOnlyObjectWrapper<CloudCheck> check = new ReadOnlyObjectWrapper<>(this, "check",
            new CloudCheck(List.of(), List.of()));
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>(this, "error", "");
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(this, "findings",
            List.of());
    private final BooleanBinding passed;
    private long generation;
    private Consumer<Runnable> scheduler = Runnable::run;

    /**
     * @param configValid whether the config passes the spec validator (the Cluster page knows)
     */
    public CloudCheckViewModel(WizardModel model, CloudServices services, Executor executor,
                               ObservableBooleanValue configValid) {
        this.model = model;
        this.services = services;
        this.executor = executor;
        this.configValid = configValid;
        passed = Bindings.createBooleanBinding(() -> state.get() == State.PASSED, state);
        // change listeners (not invalidation ones) so that every change is seen, read or not
        model.config().revisionProperty().addListener((o, was, now) -> changed());
        configValid.addListener((o, was, now) -> changed());
        model.cloudSessionProperty().addListener((o, was, now) -> changed());
        changed();
    }

    /**
     * How a re-check is delayed after a change (the page debounces keystrokes with a timer); immediate by default,
     * which is what the tests of this class use.
     */
    public void setScheduler(Consumer<Runnable> scheduler) {
        this.scheduler = scheduler;
    }

    /** Call when the config, its validity or the cloud session changed: the old result no longer counts. */
    public void changed() {
        long mine = ++generation;
        State now = idleState();
        if (now != null) {
            state.set(now);
            findings.set(List.of());
            return;
        }
        state.set(State.CHECKING);
        scheduler.accept(() -> {
            if (mine == generation) {
                run(mine);
            }
        });
    }

    private State idleState() {
        if (model.cloudSessionProperty().get() == null) {
            return State.NO_CLOUD;
        }
        return configValid.get() ? null : State.WAITING_FOR_VALID_CONFIG;
    }

    private void run(long mine) {
        CloudSession session = model.cloudSessionProperty().get();
        if (session == null) {
            changed();
            return;
        }
        ClusterConfig config = model.toConfig();
        Tasks.create(() -> services.preflight().run(config, session.connection()))
                .onSuccess(result -> {
                    if (mine == generation) {
                        finished(result);
                    }
                })
                .onUnhandledError(e -> {
                    if (mine == generation) {
                        error.set(String.valueOf(e.getMessage()));
                        findings.set(List.of());
                        state.set(State.ERROR);
                    }
                })
                .runOnce(executor);
    }

    void finished(CloudCheck result) {
        check.set(result);
        error.set("");
        findings.set(result.findings());
        state.set(result.hasErrors() ? State.FAILED : State.PASSED);
    }

    /** Runs the check again now (the "Check again" button). */
    public void recheck() {
        changed();
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CloudCheck> checkProperty() { return check.getReadOnlyProperty(); }
    /** Preflight's findings for the current config (empty while stale), for the fields they name. */
    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() { return findings.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> errorProperty() { return error.getReadOnlyProperty(); }
    /** True when the last check, of the config as it is now, found no errors. */
    public BooleanBinding passed() { return passed; }
}
