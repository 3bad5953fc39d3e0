package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.bootstrap.NodeState;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One node on the Install page during and after Bootstrap; waiting until the API says otherwise. */
public final class NodeRow {
    private final String name;
    private final String role;
    private final ReadOnlyObjectWrapper<NodeState> state = new ReadOnlyObjectWrapper<>(this, "state",
            NodeState.WAITING);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    /** @param role what the node is, as the page shows it ("control plane", "worker · general") */
    public NodeRow(String name, String role) {
        this.name = name;
        this.role = role;
    }

    /** @param redactedDetail the Ready condition's reason, already passed through the redactor */
    void set(NodeState newState, String redactedDetail) {
        state.set(newState);
        detail.set(redactedDetail == null ? "" : redactedDetail);
    }

    public String name() { return name; }
    public String role() { return role; }
    public ReadOnlyObjectProperty<NodeState> stateProperty() { return state.getReadOnlyProperty(); }
    public NodeState state() { return state.get(); }
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
}
