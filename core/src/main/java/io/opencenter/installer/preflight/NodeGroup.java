package io.opencenter.installer.preflight;

import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE;
import static io.opencenter.installer.spec.ConfigField.WORKER_POOLS;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.NodeField;
import java.util.ArrayList;
import java.util.List;

/**
 * The control plane or one worker pool, with the config path of its block, so every check can point at the
 * field it is about ({@code spec.controlPlane.flavor}, {@code spec.workerPools[1].image}, ...).
 */
public record NodeGroup(String path, String role, int count, String flavor, String image, int volumeSizeGb) {

    public boolean bootsFromVolume() {
        return volumeSizeGb > 0;
    }

    public String field(NodeField key) {
        return path + "." + key.key();
    }

    /** Control plane first, then the worker pools in file order; missing blocks and counts are skipped/zero. */
    public static List<NodeGroup> of(ClusterConfig config) {
        List<NodeGroup> groups = new ArrayList<>();
        ClusterSpec spec = config.spec();
        if (spec == null) {
            return groups;
        }
        ClusterSpec.ControlPlane cp = spec.controlPlane();
        if (cp != null) {
            groups.add(new NodeGroup(CONTROL_PLANE.path(), "control plane", orZero(cp.count()), cp.flavor(), cp.image(),
                    orZero(cp.volumeSizeGb())));
        }
        List<ClusterSpec.WorkerPool> pools = spec.workerPools() == null ? List.of() : spec.workerPools();
        for (int i = 0; i < pools.size(); i++) {
            ClusterSpec.WorkerPool pool = pools.get(i);
            if (pool == null) {
                continue;
            }
            String role = "worker pool " + (pool.name() == null ? String.valueOf(i) : pool.name());
            groups.add(new NodeGroup(WORKER_POOLS.at(i), role, orZero(pool.count()), pool.flavor(),
                    pool.image(), orZero(pool.volumeSizeGb())));
        }
        return groups;
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : Math.max(0, n);
    }
}
