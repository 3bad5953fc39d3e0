package io.opencenter.installer.sandbox.kube.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link ClusterCloud} whose servers a test scripts (none, or a failure) and whose volumes go to {@code volumes}
 * (the sandbox's, or none: then a volume call fails the test).
 */
record StubCloud(Function<String, List<CloudServer>> servers, ClusterCloud volumes) implements ClusterCloud {

    /** No servers, no volumes: enough for what needs neither (load balancers). */
    static StubCloud empty() {
        return new StubCloud(cluster -> List.of(), null);
    }

    @Override
    public List<CloudServer> servers(String cluster) {
        return servers.apply(cluster);
    }

    @Override
    public String provision(String name, int sizeGb, Map<String, String> metadata) {
        return volumes().provision(name, sizeGb, metadata);
    }

    @Override
    public Optional<CloudVolume> volume(String volumeId) {
        return volumes().volume(volumeId);
    }

    @Override
    public void attach(String volumeId, String serverId) {
        volumes().attach(volumeId, serverId);
    }

    @Override
    public void detach(String volumeId) {
        volumes().detach(volumeId);
    }

    @Override
    public void delete(String volumeId) {
        volumes().delete(volumeId);
    }

    @Override
    public ClusterCloud volumes() {
        if (volumes == null) {
            throw new AssertionError("this test's cloud has no volumes, yet the simulator asked for one");
        }
        return volumes;
    }
}
