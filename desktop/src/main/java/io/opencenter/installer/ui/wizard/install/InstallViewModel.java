package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.InstallRequest;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.install.ServiceRetry;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import io.opencenter.installer.ui.wizard.cloud.CloudSession;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import io.opencenter.installer.ui.wizard.review.PlanReview;
import io.opencenter.installer.workspace.LogRedactor;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One install at a time, run by the orchestrator in a background task: start (from Review's Install button or
 * Welcome's Resume), cancel (graceful: the engine finishes the calls it sent), and start again, which resumes,
 * since apply adopts what an earlier run created. Progress reaches {@link #board()} through a coalescing listener.
 */
public final class InstallViewModel {
    public enum RunState { IDLE, RUNNING, CANCELLING, FINISHED }

    private final WizardModel model;
    private final InstallServices services;
    private final CloudServices cloud;
    private final Supplier<Catalog> catalog;
    private final Executor executor;
    private final Consumer<Runnable> fxThread;
    private final ResourceBundle bundle;
    private final InstallBoard board;
    private final ClusterAccessViewModel access;
    private final ReadOnlyObjectWrapper<RunState> runState = new ReadOnlyObjectWrapper<>(this, "runState",
            RunState.IDLE);
    private final ReadOnlyObjectWrapper<InstallResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding running;
    private final BooleanBinding succeeded;
    private final BooleanBinding canStart;
    private String cluster = "";
    private Cancellation cancellation;
    private Future<InstallResult> current;
    private boolean resumeWhenFinished;

    /**
     * @param fxThread {@code Platform::runLater} in the application; tests may run updates at once
     * @param dialogs  asks before a merge replaces entries in the user's kubeconfig
     */
    public InstallViewModel(WizardModel model, InstallServices services, CloudServices cloud,
                            Supplier<Catalog> catalog, Executor executor, Consumer<Runnable> fxThread,
                            DialogService dialogs, ResourceBundle bundle) {
        this.model = model;
        this.services = services;
        this.cloud = cloud;
        this.catalog = catalog;
        this.executor = executor;
        this.fxThread = fxThread;
        this.bundle = bundle;
        this.board = new InstallBoard(bundle);
        this.access = new ClusterAccessViewModel(services, dialogs, executor, bundle);
        running = Bindings.createBooleanBinding(() -> runState.get() == RunState.RUNNING
                || runState.get() == RunState.CANCELLING, runState);
        succeeded = Bindings.createBooleanBinding(() -> result.get() != null && success(result.get()), result);
        canStart = Bindings.createBooleanBinding(() -> runState.get() == RunState.IDLE
                || runState.get() == RunState.FINISHED && !succeeded.get(), runState, succeeded);
        message.set(bundle.getString(InstallPhase.ROLLOUT.available() ? "install.idle.rollout" : "install.idle"));
    }

    /**
     * Everything up to the last phase this build can run is done (later phases are not available yet) and no
     * platform service is left degraded.
     */
    static boolean success(InstallResult r) {
        return (r.outcome() == InstallResult.Outcome.COMPLETE
                || r.outcome() == InstallResult.Outcome.PHASE_NOT_AVAILABLE) && degraded(r).findAny().isEmpty();
    }

    /** Starts (or resumes) an install of the model's config; ignored while one runs. */
    public void start() {
        if (running.get()) {
            return;
        }
        boolean again = runState.get() == RunState.FINISHED;
        ClusterConfig config = model.toConfig();
        CloudSession session = model.cloudSessionProperty().get();
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        FxInstallListener listener = new FxInstallListener(fxThread, board::apply);
        cluster = config.name();
        board.reset();
        access.clear();
        board.note(MessageFormat.format(bundle.getString(again ? "install.log.resumed" : "install.log.started"),
                config.name()));
        result.set(null);
        message.set(bundle.getString("install.running"));
        runState.set(RunState.RUNNING);
        current = Tasks.create(() -> run(config, session, listener, cancel))
                .onSuccess(this::finished)
                .onUnhandledError(this::crashed)
                .runOnce(executor);
    }

    private InstallResult run(ClusterConfig config, CloudSession session, FxInstallListener listener,
                              Cancellation cancel) {
        listener.post(new InstallUpdate.Planned(PlanReview.of(config).rows()));
        listener.post(new InstallUpdate.PlannedNodes(NodeRoles.of(config, bundle)));
        Catalog services = catalog.get();
        listener.post(new InstallUpdate.ServiceNames(serviceNames(services)));
        CloudConnection connection = InstallCloud.resolve(config, session, cloud);
        InstallRequest request = new InstallRequest(config, connection, this.services.workspace(),
                InstallPhase.HEALTH, services);
        return this.services.runner().run(request, listener, cancel);
    }

    private static Map<String, ServiceBoard.Name> serviceNames(Catalog catalog) {
        Map<String, ServiceBoard.Name> names = new LinkedHashMap<>();
        catalog.services().forEach(s -> names.put(s.id(), new ServiceBoard.Name(s.displayName(), s.namespace())));
        return names;
    }

    /**
     * Retry on a degraded service: while its rollout runs, the engine rolls it (and those it blocked) again in
     * this run; once the rollout has ended, the install runs again, which resumes and rolls what is not ready.
     * A rollout that ends while the retry is on its way leaves it for the end of this run, which then resumes.
     */
    public void retry(ServiceRow row) {
        if (row.state() != ServiceState.DEGRADED || row.retryingProperty().get()) {
            return;
        }
        board.note(MessageFormat.format(bundle.getString("install.log.retry"), row.displayName()));
        if (!running.get()) {
            start();
            return;
        }
        Optional<ServiceRetry> engine = board.services().retry();
        row.retrying();
        if (engine.isEmpty()) {
            resumeWhenFinished = true;
            return;
        }
        Tasks.create(() -> engine.get().retry(row.id()))
                .onSuccess(accepted -> {
                    if (!accepted) {
                        if (running.get()) {
                            resumeWhenFinished = true;
                        } else {
                            start();
                        }
                    }
                })
                .onUnhandledError(e -> {
                    row.settle();
                    board.note(LogRedactor.redact(MessageFormat.format(bundle.getString("install.retry.failed"),
                            row.displayName(), String.valueOf(e.getMessage()))));
                })
                .runOnce(executor);
    }

    /** Asks the running install to stop; it ends once the calls already sent are answered and journaled. */
    public void cancel() {
        if (runState.get() == RunState.RUNNING) {
            resumeWhenFinished = false;
            cancellation.cancel();
            runState.set(RunState.CANCELLING);
            message.set(bundle.getString("install.cancelling"));
            board.note(bundle.getString("install.log.cancelling"));
        }
    }

    /**
     * For closing the application: asks a running install to stop and waits up to {@code max} for it, so the
     * journal ends with the run's outcome rather than mid-run (which resume also handles, but slower).
     */
    public void cancelAndWait(Duration max) {
        Future<InstallResult> running = current;
        if (running == null || running.isDone()) {
            return;
        }
        cancellation.cancel();
        try {
            running.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            // closing anyway: what did not finish is resumed from the journal next time
        }
    }

    private void finished(InstallResult r) {
        result.set(r);
        board.rolledOut(r.services());
        message.set(LogRedactor.redact(outcome(r)));
        board.note(message.get());
        if (r.bootstrap() != null) {
            board.bootstrapped(r.bootstrap());
            access.show(cluster, r.bootstrap(), r.gitops());
        }
        if (!success(r)) {
            board.settle(); // skipped resources count as finished for the engine, not for the person reading
        }
        runState.set(RunState.FINISHED);
        if (resumeWhenFinished) {
            resumeWhenFinished = false; // a Retry came after its rollout had ended: it runs the install again
            start();
        }
    }

    /** How the run ended, in a sentence or two; degraded services are named, with what to do about them. */
    private String outcome(InstallResult r) {
        List<String> degraded = degraded(r).map(s -> displayName(s.serviceId())).toList();
        if (degraded.isEmpty() || r.outcome() == InstallResult.Outcome.CANCELLED) {
            String detail = r.message() == null || r.message().isBlank() ? "" : sentence(r.message());
            return MessageFormat.format(bundle.getString(outcomeKey(r)), detail);
        }
        long ready = r.services().stream().filter(s -> s.state() == ServiceState.READY).count();
        return MessageFormat.format(bundle.getString("install.outcome.DEGRADED"), ready, r.services().size(),
                String.join(", ", degraded));
    }

    private static Stream<ServiceProgress> degraded(InstallResult r) {
        return r.services().stream().filter(s -> s.state() == ServiceState.DEGRADED);
    }

    private String displayName(String serviceId) {
        return board.services().rows().stream().filter(row -> row.id().equals(serviceId)).findFirst()
                .map(ServiceRow::displayName).orElse(serviceId);
    }

    /** The engine's message as a sentence: capitalized, one full stop (some messages bring their own). */
    private static String sentence(String message) {
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** The outcome's sentence; when later phases are missing, it says how far this version went. */
    private String outcomeKey(InstallResult r) {
        String key = "install.outcome." + r.outcome().name();
        String after = r.lastDone() == null ? key : key + "." + r.lastDone().name();
        return r.outcome() == InstallResult.Outcome.PHASE_NOT_AVAILABLE && bundle.containsKey(after) ? after : key;
    }

    private void crashed(Throwable e) {
        message.set(LogRedactor.redact(MessageFormat.format(bundle.getString("install.crashed"),
                String.valueOf(e.getMessage()))));
        board.note(message.get());
        board.settle();
        resumeWhenFinished = false;
        runState.set(RunState.FINISHED);
    }

    public InstallBoard board() { return board; }
    /** What the user has once Bootstrap is done (API, kubeconfig, merge). */
    public ClusterAccessViewModel access() { return access; }
    public ReadOnlyObjectProperty<RunState> runStateProperty() { return runState.getReadOnlyProperty(); }
    /** How the last run ended; null while running or when it crashed. */
    public ReadOnlyObjectProperty<InstallResult> resultProperty() { return result.getReadOnlyProperty(); }
    /** One line about where the install is, for the top of the page. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public BooleanBinding running() { return running; }
    public BooleanBinding succeeded() { return succeeded; }
    /** True when Start (first time) or Resume (after a cancel or a failure) makes sense. */
    public BooleanBinding canStart() { return canStart; }
    public boolean everStarted() { return runState.get() != RunState.IDLE; }
    public InstallServices services() { return services; }
}
