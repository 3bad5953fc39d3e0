package io.opencenter.installer.ui.wizard.platform;

import io.opencenter.installer.platform.ServiceDef;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One service of the Platform page: whether it will run ({@code selected}, which the user toggles), whether the
 * user may change that ({@code locked} for required services), and a note saying why it is on when it is not the
 * user's choice ("required", "kept: needed by …").
 */
public final class ServiceToggle {
    private final ServiceDef service;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    ServiceToggle(ServiceDef service) {
        this.service = service;
    }

    public ServiceDef service() {
        return service;
    }

    public String id() {
        return service.id();
    }

    public boolean locked() {
        return service.required();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    void setNote(String text) {
        note.set(text);
    }
}
