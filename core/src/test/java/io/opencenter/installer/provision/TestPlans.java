package io.opencenter.installer.provision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Plans and a recording listener for the engine's tests. */
public final class TestPlans {

    private TestPlans() {}

    /** The plan of examples/sandbox-cluster.yaml (cluster {@code demo}: 3 control-plane nodes, 2 workers). */
    public static ProvisioningPlan sandbox() {
        return PlanConfigs.plan(PlanConfigs.sandbox());
    }

    /** A resource for hand-built plans: named {@code c-<key>}, tagged for cluster {@code c}. */
    public static PlannedResource res(String key, ResourceKind kind, String... deps) {
        return new PlannedResource(key, kind, "c-" + key, ResourceNames.clusterTag("c"),
                new ResourceAttributes.Network(), List.of(deps));
    }

    public static ProvisioningPlan plan(PlannedResource... resources) {
        return new ProvisioningPlan("c", List.of(resources));
    }

    /** Collects everything a run reports; safe to call from worker threads. */
    public static final class Recorder implements ProvisionListener {
        public final List<ResourceEvent> events = new CopyOnWriteArrayList<>();
        public final List<ProgressSnapshot> progress = new CopyOnWriteArrayList<>();
        public final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void resource(ResourceEvent event) {
            events.add(event);
        }

        @Override
        public void progress(ProgressSnapshot snapshot) {
            progress.add(snapshot);
        }

        @Override
        public void log(String line) {
            lines.add(line);
        }

        /** The last state reported for each key. */
        public Map<String, ResourceEvent> last() {
            Map<String, ResourceEvent> last = new java.util.LinkedHashMap<>();
            events.forEach(e -> last.put(e.key(), e));
            return last;
        }
    }
}
