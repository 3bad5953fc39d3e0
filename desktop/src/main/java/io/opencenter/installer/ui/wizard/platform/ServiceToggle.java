package io.opencenter.installer.ui.wizard.platform;

import io.opencenter.installer.platform.ServiceDef;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One service of the Platform page: whether it will run ({@code selected}, which the user toggles), whether the
 * user may change that ({@code locked} for required services and for parts that follow their owner), and a note
 * saying why it is on or off when that is not the user's own choice ("required", "part of …", "kept: needed by …").
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

    /** The user cannot switch it: required, or a part that comes and goes with its owner. */
    public boolean locked() {
        return service.required();
    }

    public Kind kind() {
        if (service.isPart() && service.required()) {
            return Kind.PART;
        }
        return service.required() ? Kind.REQUIRED : Kind.OPTIONAL;
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

    /** Why a toggle is (not) the user's to switch; decides the wording and look of its note. */
    public enum Kind { REQUIRED, PART, OPTIONAL }
}
