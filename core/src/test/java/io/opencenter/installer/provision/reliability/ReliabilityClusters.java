package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.ClusterSpec.Cloud;
import io.opencenter.installer.spec.ClusterSpec.ControlPlane;
import io.opencenter.installer.spec.ClusterSpec.Kubernetes;
import io.opencenter.installer.spec.ClusterSpec.Network;
import io.opencenter.installer.spec.ClusterSpec.Platform;
import io.opencenter.installer.spec.ClusterSpec.Provisioning;
import io.opencenter.installer.spec.ClusterSpec.WorkerPool;
import io.opencenter.installer.spec.SpecYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The small clusters the reliability tests and the apply benchmark provision. */
public final class ReliabilityClusters {

    private ReliabilityClusters() {}

    /**
     * {@code controlPlanes} control-plane nodes booting from a {@code cpVolumeGb} volume (0 = from the image) and
     * {@code workers} workers booting from the image, all {@code flavor} with ubuntu-24.04 on external network
     * {@code public}, as both the sandbox and the real harness have them.
     */
    public static ClusterConfig config(String name, String cloud, int controlPlanes, int cpVolumeGb, int workers,
                                       String flavor, boolean serialize, int parallelism) {
        boolean sandbox = cloud == null;
        ClusterSpec spec = new ClusterSpec(
                new Cloud(cloud, "RegionOne", null, sandbox ? Boolean.TRUE : null),
                new Kubernetes("1.33.5", "10.244.0.0/16", "10.96.0.0/12", "10.30.0.10"),
                new Network("10.30.0.0/24", "public", List.of("1.1.1.1"), "10.30.0.200-10.30.0.220"),
                new ControlPlane(controlPlanes, flavor, "ubuntu-24.04", cpVolumeGb),
                List.of(new WorkerPool("worker", workers, flavor, "ubuntu-24.04", 0)),
                null,
                new Platform("openstack", null, null, null),
                new Provisioning(serialize, parallelism),
                null);
        return new ClusterConfig(ClusterConfig.API_VERSION, ClusterConfig.KIND, new ClusterConfig.Metadata(name),
                spec);
    }

    public static ProvisioningPlan plan(ClusterConfig config) {
        return PlanBuilder.build(config);
    }

    static Path save(ClusterConfig config, Path file) {
        try {
            SpecYaml.save(config, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClusterConfig load(Path file) {
        try {
            SpecYaml.LoadResult result = SpecYaml.load(file);
            if (!result.ok()) {
                throw new IllegalArgumentException(file + " does not load: " + result.findings());
            }
            return result.config();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
