package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One phase of the install as the page lists it; phases this build cannot run start as not available. */
public final class PhaseRow {
    private final InstallPhase phase;
    private final ReadOnlyObjectWrapper<PhaseState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    public PhaseRow(InstallPhase phase) {
        this.phase = phase;
        reset();
    }

    void reset() {
        state.set(phase.available() ? PhaseState.PENDING : PhaseState.NOT_AVAILABLE);
        detail.set("");
    }

    void set(PhaseState newState, String newDetail) {
        state.set(newState);
        detail.set(newDetail == null ? "" : newDetail);
    }

    public InstallPhase phase() { return phase; }
    public ReadOnlyObjectProperty<PhaseState> stateProperty() { return state.getReadOnlyProperty(); }
    public PhaseState state() { return state.get(); }
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
}
