package io.opencenter.installer.sandbox.kube.sim;

import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.sandbox.SandboxClients;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.network.IPVersionType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's hook into the sandbox cloud: what it reads of servers, and the CSI's volumes, kept in the state file. */
class SandboxClusterCloudTest {
    @TempDir
    Path dir;

    @Test
    void itSeesTheClustersServersWithTheirFixedIpFlavorAndStatus() {
        try (SandboxCloud cloud = SandboxCloud.start(SandboxOptions.builder().serverActiveDelay(Duration.ZERO).build())) {
            OSClientV3 os = SandboxClients.demo(cloud);
            var net = os.networking().network().create(Builders.network().name("n").build());
            os.networking().subnet().create(Builders.subnet().networkId(net.getId()).cidr("10.30.0.0/24")
                    .ipVersion(IPVersionType.V4).build());
            String image = os.imagesV2().list(Map.of("name", "ubuntu-24.04")).get(0).getId();
            String id = os.compute().servers().boot(Builders.server().name("demo-default-1").flavor("4").image(image)
                    .networks(List.of(net.getId())).addMetadataItem(ResourceNames.CLUSTER_TAG_KEY, "demo").build())
                    .getId();
            os.compute().servers().boot(Builders.server().name("demo-stranger").flavor("4").image(image).build());

            assertThat(cloud.clusterCloud().servers("demo")).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo(id);
                assertThat(s.name()).isEqualTo("demo-default-1");
                assertThat(s.active()).isTrue();
                assertThat(s.fixedIp()).startsWith("10.30.0.");
                assertThat(List.of(s.flavor(), s.vcpus(), s.ramMb())).containsExactly("m1.large", 4, 8192);
            });
            assertThat(cloud.clusterCloud().servers("other")).isEmpty();
        }
    }

    @Test
    void volumesAreMadeOncePerNameAttachedDetachedDeletedAndKeptInTheStateFile() {
        Path state = dir.resolve("sandbox-state.json");
        String volumeId;
        String serverId;
        try (SandboxCloud cloud = SandboxCloud.start(SandboxOptions.builder().serverActiveDelay(Duration.ZERO)
                .stateFile(state).build())) {
            OSClientV3 os = SandboxClients.demo(cloud);
            String image = os.imagesV2().list(Map.of("name", "ubuntu-24.04")).get(0).getId();
            serverId = os.compute().servers().boot(Builders.server().name("s").flavor("2").image(image).build()).getId();
            ClusterCloud csi = cloud.clusterCloud();
            volumeId = csi.provision("pvc-1", 3, Map.of("cinder.csi.openstack.org/cluster", "demo"));
            assertThat(csi.provision("pvc-1", 3, Map.of())).as("found by name, not made twice").isEqualTo(volumeId);
            csi.attach(volumeId, serverId);
            assertThat(csi.volume(volumeId).orElseThrow().serverId()).isEqualTo(serverId);
            assertThat(os.blockStorage().volumes().get(volumeId).getStatus().value()).isEqualTo("in-use");
        }
        try (SandboxCloud again = SandboxCloud.start(SandboxOptions.builder().stateFile(state).build())) {
            ClusterCloud csi = again.clusterCloud();
            var volume = csi.volume(volumeId).orElseThrow();
            assertThat(volume.metadata()).containsEntry("cinder.csi.openstack.org/cluster", "demo");
            assertThat(List.of(volume.name(), volume.sizeGb(), volume.serverId())).containsExactly("pvc-1", 3, serverId);
            csi.detach(volumeId);
            assertThat(csi.volume(volumeId).orElseThrow().serverId()).isNull();
            csi.delete(volumeId);
            csi.delete(volumeId);
            assertThat(csi.volume(volumeId)).isEmpty();
        }
    }

    @Test
    void theVolumeQuotaRefusesWithCindersMessage() {
        try (SandboxCloud cloud = SandboxCloud.start(SandboxOptions.builder().quota("gigabytes", 5).build())) {
            assertThatThrownBy(() -> cloud.clusterCloud().provision("pvc-big", 6, Map.of()))
                    .isInstanceOf(ClusterCloud.VolumeRefused.class)
                    .hasMessageContaining("VolumeSizeExceedsAvailableQuota").hasMessageContaining("quota is 5G");
        }
    }
}
