package io.opencenter.installer.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.SpecYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Configs the plan tests use: the two examples and variants of them. */
final class PlanConfigs {

    private PlanConfigs() {}

    static ClusterConfig example(String file) {
        try {
            SpecYaml.LoadResult result = SpecYaml.load(Path.of("examples", file));
            assertThat(result.ok()).as("examples/%s loads: %s", file, result.findings()).isTrue();
            return result.config();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClusterConfig openstack() {
        return example("openstack-cluster.yaml");
    }

    static ClusterConfig sandbox() {
        return example("sandbox-cluster.yaml");
    }

    static ClusterConfig withSshKey(ClusterConfig c, String file) {
        ClusterSpec s = c.spec();
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(s.cloud(), s.kubernetes(),
                s.network(), s.controlPlane(), s.workerPools(), file, s.platform(), s.provisioning(), s.offline()));
    }

    static ClusterConfig withNodes(ClusterConfig c, ClusterSpec.ControlPlane cp, List<ClusterSpec.WorkerPool> pools) {
        ClusterSpec s = c.spec();
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(s.cloud(), s.kubernetes(),
                s.network(), cp, pools, s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }

    /** Single control-plane node booting from the image, two pools, one of them empty and one from a volume. */
    static ClusterConfig mixed() {
        return withNodes(openstack(), new ClusterSpec.ControlPlane(1, "m1.large", "ubuntu-24.04", 0),
                List.of(new ClusterSpec.WorkerPool("general", 4, "m1.xlarge", "ubuntu-24.04", 0),
                        new ClusterSpec.WorkerPool("gpu", 2, "g1.large", "ubuntu-24.04", 200),
                        new ClusterSpec.WorkerPool("spare", 0, "m1.large", "ubuntu-24.04", 50)));
    }

    static List<ClusterConfig> all() {
        return List.of(openstack(), sandbox(), withSshKey(sandbox(), "~/.ssh/id_ed25519.pub"),
                withSshKey(openstack(), null), mixed(), withSshKey(mixed(), null));
    }

    static ProvisioningPlan plan(ClusterConfig c) {
        return PlanBuilder.build(c);
    }
}
