package io.opencenter.installer.ui.wizard.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConfigMappingTest {
    private final ClusterConfig sandbox = ClusterConfigs.sandboxDefault();

    @Test
    void modelFilledFromConfigSerializesBackToTheSameConfig() {
        ClusterConfigModel model = new ClusterConfigModel();
        ConfigMapping.fill(model, sandbox);
        assertThat(ConfigMapping.toConfig(model)).isEqualTo(sandbox);
    }

    @Test
    void everySectionRoundTrips() {
        ClusterSpec full = new ClusterSpec(
                new ClusterSpec.Cloud("mycloud", "RegionTwo", "az1", false),
                new ClusterSpec.Kubernetes("1.33.5", "10.244.0.0/16", "10.96.0.0/12", "10.20.0.10"),
                new ClusterSpec.Network("10.20.0.0/24", "ext", List.of("8.8.8.8"), "10.20.0.200/29"),
                new ClusterSpec.ControlPlane(5, "big", "img", 0, "soft-anti-affinity"),
                List.of(new ClusterSpec.WorkerPool("a", 1, "f", "i", 10), new ClusterSpec.WorkerPool("b", 0, "g", "j", 20)),
                "~/.ssh/id.pub",
                new ClusterSpec.Platform("generic", List.of("velero"), new ClusterSpec.Oidc("https://issuer", "k8s"),
                        new ClusterSpec.GitOps("oci://reg/repo", "dev", "clusters/x")),
                new ClusterSpec.Provisioning(false, 16),
                new ClusterSpec.Offline("/b.tar", "reg:5000"));
        ClusterConfig config = new ClusterConfig(ClusterConfig.API_VERSION, ClusterConfig.KIND,
                new ClusterConfig.Metadata("x"), full);
        ClusterConfigModel model = new ClusterConfigModel();
        ConfigMapping.fill(model, config);
        assertThat(ConfigMapping.toConfig(model)).isEqualTo(config);
    }

    @Test
    void blankFieldsBecomeAbsentKeysAndEmptyOptionalSectionsDisappear() {
        ClusterConfigModel model = new ClusterConfigModel();
        ConfigMapping.fill(model, sandbox);
        model.podCidrProperty().set("   ");
        model.gitRepoUrlProperty().set("");
        model.gitBranchProperty().set("");
        model.gitPathProperty().set("");
        ClusterConfig config = ConfigMapping.toConfig(model);
        assertThat(config.spec().kubernetes().podCidr()).isNull();
        assertThat(config.spec().platform().gitops()).isNull();
        assertThat(config.spec().offline()).isNull();
        assertThat(config.spec().platform().disabled()).isNull();
    }

    @Test
    void dnsTextIsSplitOnCommasAndTrimmed() {
        assertThat(ConfigMapping.splitList(" 1.1.1.1 ,9.9.9.9, ")).containsExactly("1.1.1.1", "9.9.9.9");
        assertThat(ConfigMapping.splitList("  ")).isNull();
    }

    @Test
    void loadingAFileIsOneRevisionTickNotOnePerField() {
        ClusterConfigModel model = new ClusterConfigModel();
        AtomicInteger ticks = new AtomicInteger();
        model.revisionProperty().addListener(o -> ticks.incrementAndGet());
        ConfigMapping.fill(model, sandbox);
        assertThat(ticks).hasValue(1);
        model.podCidrProperty().set("10.1.0.0/16");
        model.workerPools().get(0).countProperty().set(7);
        assertThat(ticks).hasValue(3);
    }
}
