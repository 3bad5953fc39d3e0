package io.opencenter.installer.cli;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.install.InstallListener;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceState;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Apply's and destroy's progress as quiet lines, one per phase change and per resource state change:
 * {@code [ 34%] READY     network              demo-network   (eta 1m20s)}. Waiting states (pending) are not
 * printed. During bootstrap, one line per node state change. Events arrive from worker threads; lines are written
 * whole, one at a time.
 */
final class ProgressLines implements InstallListener {
    private final PrintWriter out;
    private volatile ProgressSnapshot progress;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void phase(InstallPhase phase, PhaseState state, String detail) {
        if (state == PhaseState.PENDING) {
            return;
        }
        out.println("== " + phase.label() + ": " + label(state) + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"));
        out.flush();
    }

    @Override
    public synchronized void resource(ResourceEvent e) {
        if (e.state() == ResourceState.PENDING) {
            return;
        }
        ProgressSnapshot p = progress;
        String percent = p == null ? "    " : String.format("%3d%%", p.percent());
        String note = e.adopted() && e.state() == ResourceState.READY ? "already there" : e.reason();
        boolean moving = e.state() != ResourceState.FAILED && e.state() != ResourceState.SKIPPED;
        String eta = p == null || p.eta() == null || !moving ? "" : "eta " + Durations.format(p.eta());
        String tail = join(note, eta);
        out.println(String.format("[%s] %-9s %-20s %-28s%s", percent, e.state(), kind(e), e.name(),
                tail.isEmpty() ? "" : "  (" + tail + ")").stripTrailing());
        out.flush();
    }

    /** {@code [2/3 ready] READY     node   demo-control-plane-1   (eta 1m20s)}. */
    @Override
    public synchronized void node(NodeProgress p) {
        String eta = p.eta() == null ? "" : "eta " + Durations.format(p.eta());
        String tail = join(p.detail(), eta);
        out.println(String.format("[%d/%d ready] %-10s %-20s %-28s%s", p.ready(), p.total(),
                p.state().name(), "node", p.name(), tail.isEmpty() ? "" : "  (" + tail + ")").stripTrailing());
        out.flush();
    }

    @Override
    public void progress(ProgressSnapshot snapshot) {
        progress = snapshot;
    }

    @Override
    public synchronized void log(String line) {
        // the executor's own log is for the UI's log pane and support bundles; the CLI stays quiet
    }

    static String kind(ResourceEvent e) {
        return e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String label(PhaseState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b.isEmpty() ? a : a + ", " + b;
    }
}
