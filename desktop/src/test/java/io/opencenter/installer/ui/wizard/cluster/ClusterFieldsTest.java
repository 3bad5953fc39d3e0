package io.opencenter.installer.ui.wizard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ConfigField;
import org.junit.jupiter.api.Test;

class ClusterFieldsTest {
    @Test
    void thePageHasAnInputForEveryValueButTheHeaderAndTheDisabledServices() {
        assertThat(ClusterFields.INPUTS).extracting(ConfigField::path).containsExactlyInAnyOrder(
                "metadata.name", "spec.cloud.name", "spec.cloud.region", "spec.cloud.availabilityZone",
                "spec.cloud.sandbox", "spec.kubernetes.version", "spec.kubernetes.podCidr",
                "spec.kubernetes.serviceCidr", "spec.kubernetes.apiVip", "spec.network.nodeCidr",
                "spec.network.externalNetwork", "spec.network.dnsNameservers", "spec.network.metallbPool",
                "spec.controlPlane.count", "spec.controlPlane.flavor", "spec.controlPlane.image",
                "spec.controlPlane.volumeSizeGb", "spec.controlPlane.serverGroupPolicy", "spec.workerPools", "spec.sshPublicKeyFile", "spec.platform.profile",
                "spec.platform.oidc.issuerUrl", "spec.platform.oidc.clientId", "spec.platform.gitops.repoUrl",
                "spec.platform.gitops.branch", "spec.platform.gitops.path", "spec.provisioning.serializeApiCalls",
                "spec.provisioning.parallelism", "spec.offline.bundle", "spec.offline.registry");
    }

    @Test
    void eachPoolIsARowOfCells() {
        assertThat(ClusterFields.poolRow(1)).containsExactly("spec.workerPools[1]", "spec.workerPools[1].name",
                "spec.workerPools[1].count", "spec.workerPools[1].flavor", "spec.workerPools[1].image",
                "spec.workerPools[1].volumeSizeGb");
        assertThat(ClusterFields.paths(2)).hasSize(ClusterFields.INPUTS.size() + 2 * 6)
                .contains("spec.kubernetes.apiVip", "spec.workerPools[0].count", "spec.workerPools[1]");
    }
}
