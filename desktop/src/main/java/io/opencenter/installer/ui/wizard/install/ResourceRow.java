package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One planned resource on the Install page, its state kept current by the install's events. */
public final class ResourceRow {
    private final String key;
    private final ResourceKind kind;
    private final String name;
    private final ReadOnlyObjectWrapper<ResourceState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ResourceState.PENDING);
    private final ReadOnlyBooleanWrapper adopted = new ReadOnlyBooleanWrapper(this, "adopted");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");

    public ResourceRow(String key, ResourceKind kind, String name) {
        this.key = key;
        this.kind = kind;
        this.name = name;
    }

    /** @param redactedReason the event's reason, already passed through the redactor */
    void apply(ResourceEvent event, String redactedReason) {
        state.set(event.state());
        if (event.adopted()) {
            adopted.set(true);
        }
        reason.set(redactedReason == null ? "" : redactedReason);
    }

    public String key() { return key; }
    public ResourceKind kind() { return kind; }
    public String name() { return name; }
    public ReadOnlyObjectProperty<ResourceState> stateProperty() { return state.getReadOnlyProperty(); }
    public ResourceState state() { return state.get(); }
    /** True once the resource was found on the cloud (an earlier run made it) and taken over. */
    public ReadOnlyBooleanProperty adoptedProperty() { return adopted.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }
}
