package io.opencenter.installer.spec;

import io.opencenter.installer.spec.ClusterSpec.Cloud;
import io.opencenter.installer.spec.ClusterSpec.ControlPlane;
import io.opencenter.installer.spec.ClusterSpec.Kubernetes;
import io.opencenter.installer.spec.ClusterSpec.Network;
import io.opencenter.installer.spec.ClusterSpec.Platform;
import io.opencenter.installer.spec.ClusterSpec.Provisioning;
import io.opencenter.installer.spec.ClusterSpec.WorkerPool;
import java.util.List;

/** Ready-made configs. */
public final class ClusterConfigs {
    private ClusterConfigs() {}

    /**
     * A valid cluster on the built-in sandbox cloud, where the wizard starts. Same content as
     * {@code examples/sandbox-cluster.yaml} (a test keeps the two equal).
     */
    public static ClusterConfig sandboxDefault() {
        ClusterSpec spec = new ClusterSpec(
                new Cloud(null, "RegionOne", null, true),
                new Kubernetes(SupportedVersions.DEFAULT_KUBERNETES, "10.244.0.0/16", "10.96.0.0/12", "10.20.0.10"),
                new Network("10.20.0.0/24", "public", List.of("1.1.1.1", "9.9.9.9"), "10.20.0.200-10.20.0.220"),
                new ControlPlane(3, "m1.large", "ubuntu-24.04", 40, ServerGroupPolicy.DEFAULT.value()),
                List.of(new WorkerPool("default", 2, "m1.xlarge", "ubuntu-24.04", 100)),
                null,
                new Platform("openstack", null, null, null),
                new Provisioning(true, 4),
                null);
        return new ClusterConfig(ClusterConfig.API_VERSION, ClusterConfig.KIND, new ClusterConfig.Metadata("demo"),
                spec);
    }
}
