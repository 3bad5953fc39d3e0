package io.opencenter.installer.spec;

import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE;
import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE_COUNT;
import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE_FLAVOR;
import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE_IMAGE;
import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE_SERVER_GROUP_POLICY;
import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE_VOLUME;
import static io.opencenter.installer.spec.ConfigField.POOL_COUNT;
import static io.opencenter.installer.spec.ConfigField.POOL_FLAVOR;
import static io.opencenter.installer.spec.ConfigField.POOL_IMAGE;
import static io.opencenter.installer.spec.ConfigField.POOL_NAME;
import static io.opencenter.installer.spec.ConfigField.POOL_VOLUME;
import static io.opencenter.installer.spec.ConfigField.WORKER_POOLS;

import io.opencenter.installer.spec.ClusterSpec.ControlPlane;
import io.opencenter.installer.spec.ClusterSpec.WorkerPool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code controlPlane} and {@code workerPools}: counts, sizes, names, and whether anything can run workloads. */
final class NodeRules {
    private static final String RESERVED_POOL_NAME = "control-plane";
    /** A pool named "plane" in a cluster named "x-control" names its nodes like cluster x's control plane. */
    private static final String CONTROL_PLANE_HEAD = "-control";
    private static final String CONTROL_PLANE_TAIL = "plane";
    static final Set<Integer> CONTROL_PLANE_COUNTS = Set.of(1, 3, 5);
    static final int MAX_WORKERS_PER_POOL = 100;
    static final int MIN_VOLUME_GB = 10;
    static final int MAX_VOLUME_GB = 16384;
    static final int MAX_POOL_NAME = 63;
    /** Nova's other two policies: valid for Nova, wrong for a control plane. */
    private static final Set<String> NOVA_AFFINITY_POLICIES = Set.of("affinity", "soft-affinity");

    private NodeRules() {}

    /** @param cluster the cluster's name (null when missing): node names start with it */
    static void check(String cluster, ControlPlane cp, List<WorkerPool> pools, Findings f) {
        boolean cpCountValid = controlPlane(cp, f);
        int workers = 0;
        boolean allCountsValid = true;
        Map<String, Integer> firstIndexOfName = new HashMap<>();
        List<WorkerPool> all = pools == null ? List.of() : pools;
        for (int i = 0; i < all.size(); i++) {
            int count = workerPool(cluster, all.get(i), i, firstIndexOfName, f);
            allCountsValid &= count >= 0;
            workers += Math.max(count, 0);
        }
        // A pool with a broken count is already reported; guessing its size here would only add noise.
        if (allCountsValid) {
            schedulable(cpCountValid, workers, f);
        }
    }

    /**
     * Nodes the config asks for: the control-plane count if valid, plus every worker pool's valid count.
     * Used by the node-network capacity check; invalid counts are reported elsewhere and count as 0.
     */
    static int totalNodes(ClusterSpec spec) {
        int total = 0;
        ControlPlane cp = spec.controlPlane();
        if (cp != null && cp.count() != null && CONTROL_PLANE_COUNTS.contains(cp.count())) {
            total += cp.count();
        }
        for (WorkerPool pool : spec.workerPools() == null ? List.<WorkerPool>of() : spec.workerPools()) {
            if (pool != null && pool.count() != null && pool.count() >= 0 && pool.count() <= MAX_WORKERS_PER_POOL) {
                total += pool.count();
            }
        }
        return total;
    }

    /** @return true when the control-plane count is present and valid */
    private static boolean controlPlane(ControlPlane cp, Findings f) {
        if (!f.require(CONTROL_PLANE, cp, "add controlPlane: with count, flavor and image")) {
            return false;
        }
        boolean countValid = false;
        if (f.require(CONTROL_PLANE_COUNT, cp.count(), "use 3 for high availability, or 1 for a test cluster")) {
            countValid = CONTROL_PLANE_COUNTS.contains(cp.count());
            if (!countValid) {
                f.error(CONTROL_PLANE_COUNT, "controlPlane.count " + cp.count() + " is not 1, 3 or 5",
                        "etcd needs an odd number of members: use 3 (or 5) for high availability,"
                        + " 1 for a test cluster");
            }
        }
        f.require(CONTROL_PLANE_FLAVOR, cp.flavor(),
                "name the OpenStack flavor for control-plane nodes, e.g. m1.large");
        f.require(CONTROL_PLANE_IMAGE, cp.image(), "name the image for control-plane nodes, e.g. ubuntu-24.04");
        volume(CONTROL_PLANE_VOLUME.path(), cp.volumeSizeGb(), f);
        serverGroupPolicy(cp.serverGroupPolicy(), f);
        return countValid;
    }

    /** Optional; a word Nova knows but the installer does not offer (affinity) is named as such. */
    private static void serverGroupPolicy(String word, Findings f) {
        if (word == null || ServerGroupPolicy.of(word).isPresent()) {
            return;
        }
        String choices = "anti-affinity (the default) puts every control-plane node on a compute host of its own and"
                + " needs at least as many hosts as nodes; soft-anti-affinity spreads them where it can and shares a"
                + " host when there are fewer hosts than nodes";
        if (NOVA_AFFINITY_POLICIES.contains(word)) {
            f.error(CONTROL_PLANE_SERVER_GROUP_POLICY, "serverGroupPolicy " + word + " would put the control-plane"
                    + " nodes on the same host, so one host failure would take the whole control plane down",
                    "use " + String.join(" or ", ServerGroupPolicy.words()) + ": " + choices);
            return;
        }
        f.error(CONTROL_PLANE_SERVER_GROUP_POLICY, "serverGroupPolicy " + Findings.quote(word)
                + " is not " + String.join(" or ", ServerGroupPolicy.words()),
                DidYouMean.closest(word, ServerGroupPolicy.words()).map(p -> "did you mean " + p + "? ").orElse("")
                + choices);
    }

    /** @return the pool's node count, or -1 when the pool or its count is missing or invalid */
    private static int workerPool(String cluster, WorkerPool pool, int index, Map<String, Integer> seen,
            Findings f) {
        if (pool == null) {
            String path = WORKER_POOLS.at(index);
            f.error(path, Findings.lastSegment(path) + " is empty",
                    "give the pool name, count, flavor and image, or remove the '-' line");
            return -1;
        }
        String name = pool.name();
        String namePath = POOL_NAME.at(index);
        if (f.require(namePath, name, "name the pool, e.g. default")) {
            if (!Dns1123.isLabel(name, MAX_POOL_NAME)) {
                String suggestion = Dns1123.suggest(name, MAX_POOL_NAME);
                f.error(namePath, "pool name " + Findings.quote(name) + " is not a DNS-1123 label"
                        + " (lower-case letters, digits and '-', at most " + MAX_POOL_NAME + " characters)",
                        "use e.g. " + (suggestion.replace("-", "").isEmpty() ? "workers" : suggestion.replace("-", "")));
            } else if (RESERVED_POOL_NAME.equals(name)) {
                // node names are <cluster>-<pool>-<n>: this pool's nodes would clash with the control plane's
                f.error(namePath, "pool name " + name + " is reserved for the control-plane nodes",
                        "use another name, e.g. workers");
            } else if (name.indexOf('-') >= 0) {
                f.error(namePath, "pool name " + name + " contains '-', which makes node names ambiguous",
                        "nodes are named <cluster>-<pool>-<n>, so a pool name is one word: with a '-' in it, two "
                                + "clusters in one project could name their nodes alike (cluster demo, pool x-default "
                                + "and cluster demo-x, pool default both give demo-x-default-1); use e.g. "
                                + name.replace("-", ""));
            } else if (CONTROL_PLANE_TAIL.equals(name) && cluster != null && cluster.endsWith(CONTROL_PLANE_HEAD)) {
                f.error(namePath, "pool name " + name + " in cluster " + cluster + " makes node names ambiguous",
                        "nodes are named <cluster>-<pool>-<n>: this pool's nodes " + cluster + "-" + name
                                + "-1, … would be named like the control-plane nodes of cluster "
                                + cluster.substring(0, cluster.length() - CONTROL_PLANE_HEAD.length())
                                + "; use another name, e.g. workers");
            } else if (seen.containsKey(name)) {
                f.error(namePath, "pool name " + name + " is already used by workerPools[" + seen.get(name) + "]",
                        "give each worker pool its own name, e.g. " + name + (index + 1));
            } else {
                seen.put(name, index);
            }
        }
        int count = -1;
        String countHint = "set how many workers the pool has (0-" + MAX_WORKERS_PER_POOL + ")";
        String countPath = POOL_COUNT.at(index);
        if (f.require(countPath, pool.count(), countHint)) {
            if (pool.count() < 0 || pool.count() > MAX_WORKERS_PER_POOL) {
                f.error(countPath, "worker count " + pool.count() + " is outside 0-" + MAX_WORKERS_PER_POOL,
                        "use 0 to " + MAX_WORKERS_PER_POOL + "; for more workers add another pool");
            } else {
                count = pool.count();
            }
        }
        f.require(POOL_FLAVOR.at(index), pool.flavor(), "name the OpenStack flavor for this pool, e.g. m1.xlarge");
        f.require(POOL_IMAGE.at(index), pool.image(), "name the image for this pool, e.g. ubuntu-24.04");
        volume(POOL_VOLUME.at(index), pool.volumeSizeGb(), f);
        return count;
    }

    private static void volume(String path, Integer gb, Findings f) {
        if (gb != null && gb != 0 && (gb < MIN_VOLUME_GB || gb > MAX_VOLUME_GB)) {
            f.error(path, "volumeSizeGb " + gb + " is not 0 or " + MIN_VOLUME_GB + "-" + MAX_VOLUME_GB,
                    "use 0 to boot from the image disk, or a boot volume of " + MIN_VOLUME_GB + " to "
                    + MAX_VOLUME_GB + " GB (e.g. 50)");
        }
    }

    /**
     * "At least one schedulable node". Workers always take workloads; control-plane nodes keep their NoSchedule
     * taint while workers exist, and the installer removes it when there are none (a compact cluster), so they
     * then count. Hence this can only fail when no worker is asked for AND the control plane has no valid count:
     * then nothing could run a pod. With zero workers but a valid control plane the config is valid, and a
     * warning says the control plane will carry the workloads.
     */
    private static void schedulable(boolean cpCountValid, int workers, Findings f) {
        if (workers > 0) {
            return;
        }
        if (!cpCountValid) {
            f.error(WORKER_POOLS, "no node can run workloads: there are no workers and controlPlane.count is"
                    + " not valid", "add a worker pool with count 1 or more, or fix controlPlane.count");
        } else {
            f.warning(WORKER_POOLS, "there are no worker nodes, so the control-plane nodes will also run"
                    + " workloads", "add a worker pool with count 1 or more for a production cluster");
        }
    }
}
