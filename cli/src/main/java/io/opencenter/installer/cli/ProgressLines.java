package io.opencenter.installer.cli;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.install.InstallListener;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Apply's and destroy's progress as quiet lines, one per phase change and per resource state change:
 * {@code [ 34%] READY     network              demo-network   (eta 1m20s)}. Waiting states (pending) are not
 * printed. During bootstrap, one line per node state change; during rollout, one per service state change
 * ({@code [3/24 ready] READY       service   cert-manager (cert-manager)   (1m12s)}; waiting is not printed).
 * Events arrive from worker threads; lines are written whole, one at a time.
 */
final class ProgressLines implements InstallListener {
    private final PrintWriter out;
    private final ServiceLabels labels;
    /** Every service's last state, in the order the rollout first named them: the count of the service lines. */
    private final Map<String, ServiceState> services = new LinkedHashMap<>();
    private volatile ProgressSnapshot progress;

    /** For destroy: no services. */
    ProgressLines(PrintWriter out) {
        this(out, ServiceLabels.of(null));
    }

    /** For apply: services named as the catalog names them. */
    ProgressLines(PrintWriter out, Catalog catalog) {
        this(out, ServiceLabels.of(catalog));
    }

    private ProgressLines(PrintWriter out, ServiceLabels labels) {
        this.out = out;
        this.labels = labels;
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

    /**
     * {@code [3/24 ready] DEGRADED    service   Harbor (harbor)   (5m00s, ImagePullBackOff: …)}: one line per state
     * change, not per reason change (a progressing service's reason moves on with every poll).
     */
    @Override
    public synchronized void service(ServiceProgress p) {
        ServiceState before = services.put(p.serviceId(), p.state());
        if (p.state() == ServiceState.WAITING || p.state() == before) {
            return;
        }
        long ready = services.values().stream().filter(s -> s == ServiceState.READY).count();
        // how long it took, once that is known: a service that just started progressing has 0s to tell
        boolean ended = p.state() == ServiceState.READY || p.state() == ServiceState.DEGRADED;
        String elapsed = ended ? Durations.format(p.elapsed()) : "";
        String tail = join(elapsed, p.reason());
        out.println(String.format("[%d/%d ready] %-11s %-9s %-28s%s", ready, services.size(), p.state(), "service",
                labels.label(p.serviceId()), tail.isEmpty() ? "" : "  (" + tail + ")").stripTrailing());
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
