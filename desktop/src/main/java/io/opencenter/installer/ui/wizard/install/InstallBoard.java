package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.BootstrapSummary;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.ui.wizard.review.PlanReview;
import io.opencenter.installer.workspace.LogRedactor;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Install page shows of a run: the phases, a row per planned resource, the nodes once Bootstrap starts, the
 * platform services once Rollout starts, overall progress and the log. Fed in batches on the FX thread
 * ({@link #apply}); every line and reason passes the {@link LogRedactor}. Progress is the resources' until Bootstrap
 * starts, then the nodes', then the services'.
 */
public final class InstallBoard {
    /** The log keeps the newest lines only: a long run must not grow the list without bound. */
    static final int LOG_LIMIT = 5000;

    private final ResourceBundle bundle;
    private final ObservableList<PhaseRow> phases = FXCollections.observableArrayList(
            Arrays.stream(InstallPhase.values()).map(PhaseRow::new).toList());
    private final ObservableList<ResourceRow> resources = FXCollections.observableArrayList();
    private final Map<String, ResourceRow> byKey = new HashMap<>();
    private final NodeBoard nodes;
    private final ServiceBoard services;
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");

    public InstallBoard(ResourceBundle bundle) {
        this(bundle, Clock.systemUTC());
    }

    /** @param clock what a progressing service's elapsed time counts on by */
    InstallBoard(ResourceBundle bundle, Clock clock) {
        this.bundle = bundle;
        this.nodes = new NodeBoard(bundle);
        this.services = new ServiceBoard(bundle, clock);
    }

    /** Back to the start of a run: phases pending, no rows, empty progress. The log keeps earlier runs. */
    void reset() {
        phases.forEach(PhaseRow::reset);
        resources.clear();
        byKey.clear();
        nodes.reset();
        services.reset();
        progress.set(ProgressSnapshotText.INDETERMINATE);
        progressText.set(bundle.getString("install.progress.starting"));
    }

    void apply(List<InstallUpdate> batch) {
        List<String> lines = new ArrayList<>();
        ProgressSnapshot lastProgress = null;
        boolean nodeChanged = false;
        boolean serviceChanged = false;
        for (InstallUpdate update : batch) {
            if (update instanceof InstallUpdate.Planned p) {
                planned(p.rows());
            } else if (update instanceof InstallUpdate.PlannedNodes p) {
                nodes.plan(p.roles());
            } else if (update instanceof InstallUpdate.Node n) {
                lines.add(nodes.apply(n.progress()));
                nodeChanged = true;
            } else if (update instanceof InstallUpdate.ServiceNames n) {
                services.names(n.names());
            } else if (update instanceof InstallUpdate.Service s) {
                String line = services.apply(s.progress());
                if (line != null) {
                    lines.add(line);
                }
                serviceChanged = true;
            } else if (update instanceof InstallUpdate.RolloutStarted r) {
                services.rolloutStarted(r.retry());
                serviceChanged = true;
            } else if (update instanceof InstallUpdate.Phase p) {
                phase(p);
                lines.add(phaseLine(p));
            } else if (update instanceof InstallUpdate.Resource r) {
                lines.add(resource(r.event()));
            } else if (update instanceof InstallUpdate.Progress p) {
                lastProgress = p.snapshot(); // only the newest one counts
            } else if (update instanceof InstallUpdate.Log l) {
                lines.add(LogRedactor.redact(l.line()));
            }
        }
        if (lastProgress != null && !nodes.activeProperty().get()) {
            progress.set(lastProgress.fraction());
            progressText.set(ProgressSnapshotText.of(lastProgress, bundle));
        }
        if (serviceChanged) {
            serviceProgress();
        } else if (nodeChanged && !services.activeProperty().get()) {
            nodeProgress();
        }
        addLines(lines);
    }

    /** A line of the page itself (started, cancelled, finished), not of the engine. */
    void note(String line) {
        addLines(List.of(LogRedactor.redact(line)));
    }

    /**
     * A phase this build cannot run stays "not available" even when the orchestrator lists it as pending. Bootstrap
     * running brings the node table; until the first node reports, the bar says what Bootstrap waits for.
     */
    private void phase(InstallUpdate.Phase p) {
        if (!p.phase().available() && p.state() == PhaseState.PENDING) {
            return;
        }
        String detail = LogRedactor.redact(p.detail());
        phases.get(p.phase().ordinal()).set(p.state(), detail);
        if (p.phase() == InstallPhase.BOOTSTRAP && p.state() == PhaseState.RUNNING) {
            nodes.start();
            if (nodes.readyProperty().get() == 0 && detail != null && !detail.isBlank()) {
                progress.set(ProgressSnapshotText.INDETERMINATE);
                progressText.set(Character.toUpperCase(detail.charAt(0)) + detail.substring(1) + "\u2026");
            }
        }
        if (p.phase() == InstallPhase.ROLLOUT && p.state() == PhaseState.RUNNING) {
            services.start();
        }
        if (p.phase() == InstallPhase.ROLLOUT && p.state() != PhaseState.RUNNING && p.state() != PhaseState.PENDING) {
            services.settle(); // the engine's retry ends with the phase
        }
    }

    /** "12 of 24 services ready" on the bar once Rollout has rows; until then it stays the nodes'. */
    private void serviceProgress() {
        int total = services.totalProperty().get();
        if (total == 0) {
            return;
        }
        progress.set((double) services.readyProperty().get() / total);
        progressText.set(services.readyTextProperty().get());
    }

    private void nodeProgress() {
        int total = nodes.totalProperty().get();
        progress.set(total == 0 ? 0 : (double) nodes.readyProperty().get() / total);
        progressText.set(nodes.readyTextProperty().get());
    }

    /** Where Bootstrap left the nodes: the result's states win over the last events. */
    void bootstrapped(BootstrapSummary summary) {
        nodes.finish(summary);
        if (services.totalProperty().get() == 0) {
            nodeProgress();
        }
    }

    /** Where Rollout left the services (its result): their last states win over the last events. */
    void rolledOut(List<ServiceProgress> last) {
        if (last.isEmpty()) {
            return;
        }
        last.forEach(services::apply);
        services.settle();
        serviceProgress();
    }

    /**
     * After a run that did not complete: progress is what is ready, e.g. "62% · 25 of 41 resources ready", or once
     * Bootstrap started, "1 of 4 nodes ready".
     */
    void settle() {
        services.settle();
        if (services.totalProperty().get() > 0) {
            serviceProgress();
            return;
        }
        if (nodes.activeProperty().get()) {
            nodes.settle();
            nodeProgress();
            return;
        }
        long ready = resources.stream().filter(r -> r.state() == ResourceState.READY).count();
        int total = resources.size();
        progress.set(total == 0 ? 0 : (double) ready / total);
        progressText.set(MessageFormat.format(bundle.getString("install.progress.stopped"),
                total == 0 ? 0 : (int) Math.floor(100.0 * ready / total), ready, total));
    }

    private void planned(List<PlanReview.Row> rows) {
        for (PlanReview.Row r : rows) {
            byKey.computeIfAbsent(r.key(), k -> {
                ResourceRow row = new ResourceRow(r.key(), r.kind(), r.name());
                resources.add(row);
                return row;
            });
        }
    }

    private String resource(ResourceEvent e) {
        ResourceRow row = byKey.computeIfAbsent(e.key(), k -> {
            ResourceRow added = new ResourceRow(e.key(), e.kind(), e.name());
            resources.add(added);
            return added;
        });
        String reason = LogRedactor.redact(e.reason());
        row.apply(e, reason);
        return MessageFormat.format(bundle.getString("install.log.resource"),
                bundle.getString("install.state." + e.state().name()), kindName(e.kind()), e.name(),
                e.adopted() ? bundle.getString("install.log.adopted") : "",
                reason == null || reason.isBlank() ? "" : ": " + reason);
    }

    private String kindName(io.opencenter.installer.provision.ResourceKind kind) {
        String key = "review.kind." + kind.name();
        return bundle.containsKey(key) ? bundle.getString(key) : kind.name();
    }

    private String phaseLine(InstallUpdate.Phase p) {
        String detail = p.detail() == null || p.detail().isBlank() ? "" : " \u2014 " + LogRedactor.redact(p.detail());
        return MessageFormat.format(bundle.getString("install.log.phase"), p.phase().label(),
                bundle.getString("install.phase.state." + p.state().name()), detail);
    }

    private void addLines(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        log.addAll(lines);
        if (log.size() > LOG_LIMIT) {
            log.remove(0, log.size() - LOG_LIMIT);
        }
    }

    public ObservableList<PhaseRow> phases() { return phases; }
    public PhaseRow phase(InstallPhase phase) { return phases.get(phase.ordinal()); }
    public ObservableList<ResourceRow> resources() { return resources; }
    public NodeBoard nodes() { return nodes; }
    public ServiceBoard services() { return services; }
    public ObservableList<String> log() { return log; }
    /** 0..1, or -1 (indeterminate) before the first progress report of a run. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }

    /** "42% · 5 of 12 resources · about 2 min left". */
    static final class ProgressSnapshotText {
        static final double INDETERMINATE = -1;

        private ProgressSnapshotText() {}

        static String of(ProgressSnapshot s, ResourceBundle bundle) {
            String left = EtaText.of(s.finished() >= s.total(), s.eta(), bundle);
            return MessageFormat.format(bundle.getString("install.progress"), s.percent(), s.finished(), s.total(),
                    left);
        }
    }
}
