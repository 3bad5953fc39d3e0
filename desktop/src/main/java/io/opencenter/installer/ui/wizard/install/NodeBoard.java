package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.install.BootstrapSummary;
import io.opencenter.installer.workspace.LogRedactor;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The nodes of a run as the Install page shows them: once Bootstrap starts, a row per planned node (waiting to
 * register), kept current by the engine's node events, and a line "2 of 4 nodes ready · about 3 min left". A node
 * the plan did not name (an older config's) gets a row from its first event. Fed on the FX thread by
 * {@link InstallBoard}.
 */
public final class NodeBoard {
    private final ResourceBundle bundle;
    private final Map<String, String> planned = new LinkedHashMap<>();
    private final ObservableList<NodeRow> rows = FXCollections.observableArrayList();
    private final Map<String, NodeRow> byName = new HashMap<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyIntegerWrapper ready = new ReadOnlyIntegerWrapper(this, "ready");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper readyText = new ReadOnlyStringWrapper(this, "readyText", "");

    NodeBoard(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    void reset() {
        planned.clear();
        rows.clear();
        byName.clear();
        active.set(false);
        ready.set(0);
        total.set(0);
        readyText.set("");
    }

    /** The nodes the run's plan makes; no rows yet: the table fills when Bootstrap starts. */
    void plan(Map<String, String> roles) {
        planned.putAll(roles);
    }

    /** Bootstrap started (or started again): every planned node gets its row, waiting unless an event said more. */
    void start() {
        if (active.get()) {
            return;
        }
        active.set(true);
        planned.keySet().forEach(this::row);
        count(null, false);
    }

    /** Applies one node event; returns its log line. */
    String apply(NodeProgress p) {
        start();
        String detail = LogRedactor.redact(p.detail());
        row(p.name()).set(p.state(), detail);
        ready.set(p.ready());
        total.set(Math.max(p.total(), rows.size()));
        readyText.set(text(p.eta(), false));
        return MessageFormat.format(bundle.getString("install.log.node"), p.name(), p.state().label(),
                detail == null || detail.isBlank() ? "" : ": " + detail, p.ready(), p.total());
    }

    /**
     * Where Bootstrap left the nodes (its result): the states it ended with. Also used after a run that ended
     * without events for some node, so the table never says less than the result.
     */
    void finish(BootstrapSummary summary) {
        start();
        for (BootstrapSummary.Node n : summary.nodes()) {
            NodeRow row = byName.containsKey(n.name()) ? byName.get(n.name()) : row(n.name(), n.role());
            if (row.state() != n.state()) {
                row.set(n.state(), n.state() == NodeState.READY ? "" : row.detailProperty().get());
            }
        }
        count(null, true);
    }

    /** After a run that ended before all were ready: the count without a time estimate. */
    void settle() {
        if (active.get()) {
            count(null, true);
        }
    }

    private void count(Duration eta, boolean ended) {
        ready.set((int) rows.stream().filter(r -> r.state() == NodeState.READY).count());
        total.set(rows.size());
        readyText.set(text(eta, ended));
    }

    /** "2 of 4 nodes ready · about 3 min left"; once ended, no estimate: "2 of 4 nodes ready". */
    private String text(Duration eta, boolean ended) {
        if (ended && ready.get() < total.get()) {
            return MessageFormat.format(bundle.getString("install.nodes.stopped"), ready.get(), total.get());
        }
        return MessageFormat.format(bundle.getString("install.nodes.ready"), ready.get(), total.get(),
                EtaText.of(ready.get() >= total.get() && total.get() > 0, eta, bundle));
    }

    private NodeRow row(String name) {
        return row(name, planned.getOrDefault(name, ""));
    }

    private NodeRow row(String name, String role) {
        return byName.computeIfAbsent(name, n -> {
            NodeRow added = new NodeRow(n, role);
            rows.add(added);
            return added;
        });
    }

    public ObservableList<NodeRow> rows() { return rows; }
    /** True once Bootstrap started in this run: the page shows the node table from then on. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty readyProperty() { return ready.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty totalProperty() { return total.getReadOnlyProperty(); }
    /** "2 of 4 nodes ready · about 3 min left". */
    public ReadOnlyStringProperty readyTextProperty() { return readyText.getReadOnlyProperty(); }
}
