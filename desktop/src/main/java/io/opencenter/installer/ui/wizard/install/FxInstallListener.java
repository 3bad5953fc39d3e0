package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.install.InstallListener;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.install.ServiceRetry;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.rollout.ServiceProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The install's listener on the UI side. Called from worker threads; never blocks them. Updates are queued, and
 * at most one hand-over to the FX thread is pending at a time: a burst of hundreds of events becomes one
 * {@code Platform.runLater} that applies them all, so the FX queue is never flooded and the page redraws once per
 * batch.
 */
final class FxInstallListener implements InstallListener {
    private final Queue<InstallUpdate> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handOverPending = new AtomicBoolean();
    private final Consumer<Runnable> fxThread;
    private final Consumer<List<InstallUpdate>> sink;

    /**
     * @param fxThread {@code Platform::runLater} in the application
     * @param sink     applies a batch, in the order the updates came; runs on {@code fxThread}
     */
    FxInstallListener(Consumer<Runnable> fxThread, Consumer<List<InstallUpdate>> sink) {
        this.fxThread = fxThread;
        this.sink = sink;
    }

    void post(InstallUpdate update) {
        queue.add(update);
        if (handOverPending.compareAndSet(false, true)) {
            fxThread.accept(this::drain);
        }
    }

    private void drain() {
        // cleared before reading: an update queued from here on schedules a hand-over of its own
        handOverPending.set(false);
        List<InstallUpdate> batch = new ArrayList<>();
        for (InstallUpdate u = queue.poll(); u != null; u = queue.poll()) {
            batch.add(u);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }

    @Override
    public void phase(InstallPhase phase, PhaseState state, String detail) {
        post(new InstallUpdate.Phase(phase, state, detail));
    }

    @Override
    public void resource(ResourceEvent event) {
        post(new InstallUpdate.Resource(event));
    }

    @Override
    public void node(NodeProgress progress) {
        post(new InstallUpdate.Node(progress));
    }

    @Override
    public void service(ServiceProgress progress) {
        post(new InstallUpdate.Service(progress));
    }

    @Override
    public void rolloutStarted(ServiceRetry retry) {
        post(new InstallUpdate.RolloutStarted(retry));
    }

    @Override
    public void progress(ProgressSnapshot progress) {
        post(new InstallUpdate.Progress(progress));
    }

    @Override
    public void log(String line) {
        post(new InstallUpdate.Log(line));
    }
}
