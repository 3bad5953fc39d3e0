package io.opencenter.installer.ui.wizard.model;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import java.nio.file.Path;
import java.util.List;

/** The config a first run starts from: a small valid cluster on the sandbox cloud, so Next works right away. */
public final class WizardDefaults {
    public static final String KUBERNETES_VERSION = "1.32.4";
    public static final java.util.List<String> KUBERNETES_VERSIONS = java.util.List.of("1.32.4", "1.33.5", "1.34.3", "1.35.4");

    private WizardDefaults() {}

    /** {@code gitopsDir} is where the sandbox's GitOps repository goes (inside the workspace). */
    public static ClusterConfig sandbox(Path gitopsDir) {
        ClusterSpec spec = new ClusterSpec(
                new ClusterSpec.Cloud("sandbox", "RegionOne", "nova", true),
                new ClusterSpec.Kubernetes(KUBERNETES_VERSION, "10.244.0.0/16", "10.96.0.0/12", "10.20.0.10"),
                new ClusterSpec.Network("10.20.0.0/24", "public", List.of("1.1.1.1", "9.9.9.9"),
                        "10.20.0.200-10.20.0.220"),
                new ClusterSpec.ControlPlane(3, "m1.large", "ubuntu-24.04", 50),
                List.of(new ClusterSpec.WorkerPool("default", 3, "m1.xlarge", "ubuntu-24.04", 100)),
                null,
                new ClusterSpec.Platform("openstack", null, null,
                        new ClusterSpec.GitOps(gitopsDir.toUri().toString(), "main", "clusters/sandbox")),
                new ClusterSpec.Provisioning(true, 4),
                null);
        return new ClusterConfig(ClusterConfig.API_VERSION, ClusterConfig.KIND,
                new ClusterConfig.Metadata("sandbox"), spec);
    }
}
