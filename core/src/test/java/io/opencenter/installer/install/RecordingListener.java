package io.opencenter.installer.install;

import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every phase change and resource event, in order. */
public class RecordingListener implements InstallListener {
    record Phase(InstallPhase phase, PhaseState state, String detail) {}

    final List<Phase> phases = new CopyOnWriteArrayList<>();
    final List<ResourceEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void phase(InstallPhase phase, PhaseState state, String detail) {
        phases.add(new Phase(phase, state, detail));
    }

    @Override
    public void resource(ResourceEvent event) {
        events.add(event);
    }

    @Override
    public void progress(ProgressSnapshot progress) {}

    /** The last state each phase was reported in. */
    PhaseState last(InstallPhase phase) {
        PhaseState s = null;
        for (Phase p : phases) {
            if (p.phase() == phase) {
                s = p.state();
            }
        }
        return s;
    }
}
