package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openstack4j.model.storage.block.Volume;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PVCs of the Cinder CSI StorageClass become Bound PVs backed by sandbox Cinder volumes that carry the driver's
 * cluster metadata (so destroy finds them), attached to the server of the node that runs the pod mounting them.
 */
@EnableKubernetesMockClient(crud = true)
class VolumeSimulationTest {
    private static final String NS = "data";
    KubernetesClient client;
    private SimBed bed;

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void aClaimGetsACinderVolumeAttachedToItsPodsServerThatDestroyFindsAndDeletingItDeletesTheVolume() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        storageClass("cinder", "cinder.csi.openstack.org", "Immediate", true);
        claim("data", null, "5Gi");
        client.apps().deployments().inNamespace(NS).resource(mounting("db", "data")).create();
        bed.tick();

        PersistentVolumeClaim claim = client.persistentVolumeClaims().inNamespace(NS).withName("data").get();
        assertThat(claim.getStatus().getPhase()).isEqualTo("Bound");
        String pvName = "pvc-" + claim.getMetadata().getUid();
        assertThat(claim.getSpec().getVolumeName()).isEqualTo(pvName);
        PersistentVolume pv = client.persistentVolumes().withName(pvName).get();
        assertThat(pv.getStatus().getPhase()).isEqualTo("Bound");
        assertThat(pv.getSpec().getCsi().getDriver()).isEqualTo("cinder.csi.openstack.org");
        assertThat(pv.getSpec().getClaimRef().getUid()).isEqualTo(claim.getMetadata().getUid());

        String volumeId = pv.getSpec().getCsi().getVolumeHandle();
        Volume volume = bed.os.blockStorage().volumes().get(volumeId);
        assertThat(volume.getName()).isEqualTo(pvName);
        assertThat(volume.getSize()).isEqualTo(5);
        assertThat(volume.getMetaData()).containsEntry("cinder.csi.openstack.org/cluster", "demo")
                .containsEntry("csi.storage.k8s.io/pvc/name", "data");
        String node = client.pods().inNamespace(NS).list().getItems().get(0).getSpec().getNodeName();
        String server = client.nodes().withName(node).get().getSpec().getProviderID().substring("openstack:///".length());
        assertThat(volume.getStatus().value()).isEqualTo("in-use");
        assertThat(volume.getAttachments()).singleElement().satisfies(a -> assertThat(a.getServerId()).isEqualTo(server));

        assertThat(InfrastructureClouds.connect(bed.cloud.profile()).clusterCreated("demo"))
                .filteredOn(o -> o.origin() == CloudObject.Origin.CSI).extracting(CloudObject::id)
                .containsExactly(volumeId);

        client.apps().deployments().inNamespace(NS).withName("db").delete();
        bed.tick();
        assertThat(bed.os.blockStorage().volumes().get(volumeId).getStatus().value()).isEqualTo("available");

        client.persistentVolumeClaims().inNamespace(NS).withName("data").delete();
        bed.tick();
        assertThat(client.persistentVolumes().withName(pvName).get()).isNull();
        assertThat(bed.os.blockStorage().volumes().get(volumeId)).isNull();
    }

    @Test
    void claimsOfOtherProvisionersAndOfWaitForFirstConsumerWithoutAPodStayPending() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        storageClass("local", "rancher.io/local-path", "Immediate", false);
        storageClass("cinder-late", "cinder.csi.openstack.org", "WaitForFirstConsumer", false);
        claim("elsewhere", "local", "1Gi");
        claim("later", "cinder-late", "1Gi");
        bed.tick();

        assertThat(phase("elsewhere")).isNotEqualTo("Bound");
        assertThat(phase("later")).isNotEqualTo("Bound");
        assertThat(bed.os.blockStorage().volumes().list()).isEmpty();

        client.apps().deployments().inNamespace(NS).resource(mounting("app", "later")).create();
        bed.tick();
        assertThat(phase("later")).isEqualTo("Bound");
        assertThat(bed.os.blockStorage().volumes().list()).hasSize(1);
        assertThat(WorkloadSimulationTest.ready(client.pods().inNamespace(NS).list().getItems().get(0)))
                .isEqualTo("True");
    }

    @Test
    void aVolumeTheCloudRefusesLeavesTheClaimPendingWithAnEvent() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        bed.cloud.quotas().set("gigabytes", 3);
        storageClass("cinder", "cinder.csi.openstack.org", "Immediate", true);
        claim("big", null, "10Gi");
        bed.tick();

        assertThat(phase("big")).isNotEqualTo("Bound");
        assertThat(client.v1().events().inNamespace(NS).list().getItems()).singleElement().satisfies(e -> {
            assertThat(e.getReason()).isEqualTo("ProvisioningFailed");
            assertThat(e.getMessage()).contains("VolumeSizeExceedsAvailableQuota");
        });

        bed.cloud.quotas().set("gigabytes", 100);
        bed.tick();
        assertThat(phase("big")).isEqualTo("Bound");
    }

    @Test
    void aStatefulSetsClaimTemplatesGiveEachPodItsOwnAttachedVolume() {
        bed = new SimBed(client, Duration.ZERO).threeNodes();
        storageClass("cinder", "cinder.csi.openstack.org", "Immediate", true);
        var sts = Workloads.statefulSet(NS, "pg", 2, "Parallel");
        sts.getSpec().getVolumeClaimTemplates().add(new PersistentVolumeClaimBuilder().withNewMetadata()
                .withName("pgdata").endMetadata().withNewSpec().withAccessModes("ReadWriteOnce").withNewResources()
                .addToRequests("storage", new Quantity("1500Mi")).endResources().endSpec().build());
        client.apps().statefulSets().inNamespace(NS).resource(sts).create();
        bed.ticks(2);

        assertThat(phase("pgdata-pg-0")).isEqualTo("Bound");
        assertThat(phase("pgdata-pg-1")).isEqualTo("Bound");
        for (String pod : new String[] {"pg-0", "pg-1"}) {
            var p = client.pods().inNamespace(NS).withName(pod).get();
            assertThat(WorkloadSimulationTest.ready(p)).isEqualTo("True");
            String handle = client.persistentVolumes().withName(client.persistentVolumeClaims().inNamespace(NS)
                    .withName("pgdata-" + pod).get().getSpec().getVolumeName()).get().getSpec().getCsi()
                    .getVolumeHandle();
            String server = client.nodes().withName(p.getSpec().getNodeName()).get().getSpec().getProviderID()
                    .substring("openstack:///".length());
            Volume v = bed.os.blockStorage().volumes().get(handle);
            assertThat(v.getSize()).as("1500Mi rounds up to whole GiB").isEqualTo(2);
            assertThat(v.getAttachments()).singleElement().satisfies(a -> assertThat(a.getServerId()).isEqualTo(server));
        }
    }

    private void storageClass(String name, String provisioner, String binding, boolean isDefault) {
        var b = new StorageClassBuilder().withNewMetadata().withName(name).endMetadata().withProvisioner(provisioner)
                .withVolumeBindingMode(binding).withReclaimPolicy("Delete");
        if (isDefault) {
            b.editMetadata().addToAnnotations("storageclass.kubernetes.io/is-default-class", "true").endMetadata();
        }
        client.storage().v1().storageClasses().resource(b.build()).create();
    }

    private void claim(String name, String storageClass, String size) {
        client.persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder().withNewMetadata()
                .withName(name).withNamespace(NS).endMetadata().withNewSpec().withStorageClassName(storageClass)
                .withAccessModes("ReadWriteOnce").withNewResources().addToRequests("storage", new Quantity(size))
                .endResources().endSpec().build()).create();
    }

    private String phase(String claim) {
        var c = client.persistentVolumeClaims().inNamespace(NS).withName(claim).get();
        return c.getStatus() == null ? null : c.getStatus().getPhase();
    }

    private static Deployment mounting(String name, String claim) {
        Deployment d = Workloads.deployment(NS, name, 1);
        d.getSpec().getTemplate().getSpec().getVolumes().add(new VolumeBuilder().withName("data")
                .withNewPersistentVolumeClaim().withClaimName(claim).endPersistentVolumeClaim().build());
        return d;
    }
}
