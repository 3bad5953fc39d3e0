package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.provision.cloud.Ownership.Claim;
import org.openstack4j.model.storage.block.Volume;
import org.openstack4j.model.storage.block.builder.VolumeBuilder;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cinder volumes: the nodes' boot volumes (cluster tag as metadata, given at create) and, for destroy, the volumes
 * the Cinder CSI driver made for the cluster's PVCs (its {@value #CSI_CLUSTER_KEY} metadata).
 */
final class VolumeObjects implements KindAdapter {

    /**
     * The metadata key cloud-provider-openstack's cinder-csi-plugin sets on every volume it creates, valued with its
     * {@code --cluster} argument (pkg/csi/cinder/controllerserver.go, {@code cinderCSIClusterIDKey}).
     */
    static final String CSI_CLUSTER_KEY = "cinder.csi.openstack.org/cluster";

    private final CloudCalls calls;
    private final CloudLookups lookups;
    private final StaleVolumeAttachments staleAttachments;

    VolumeObjects(CloudCalls calls, CloudLookups lookups) {
        this.calls = calls;
        this.lookups = lookups;
        this.staleAttachments = new StaleVolumeAttachments(calls);
    }

    @Override
    public List<CloudObject> list(String cluster) {
        return all().stream().filter(v -> Ownership.ofMetadata(v.getMetaData(), v.getName(), cluster).ours())
                .map(v -> toObject(v, Ownership.ofMetadata(v.getMetaData(), v.getName(), cluster) == Claim.TAGGED,
                        Origin.INSTALLER))
                .toList();
    }

    /** Volumes the CSI driver made for {@code cluster}. */
    List<CloudObject> csi(String cluster) {
        return all().stream().filter(v -> v.getMetaData() != null && cluster.equals(v.getMetaData().get(CSI_CLUSTER_KEY)))
                .map(v -> toObject(v, false, Origin.CSI)).toList();
    }

    private List<? extends Volume> all() {
        return calls.read("volume", "list volumes", c -> c.blockStorage().volumes().list());
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        ResourceAttributes.Volume a = (ResourceAttributes.Volume) resource.attributes();
        VolumeBuilder b = org.openstack4j.api.Builders.volume().name(resource.name()).size(a.sizeGb())
                .metadata(resource.tags());
        if (a.image() != null) {
            b.imageRef(lookups.image(a.image()));
        }
        if (a.availabilityZone() != null && !a.availabilityZone().isBlank()) {
            b.zone(a.availabilityZone());
        }
        Volume v = calls.create("volume", "create volume", c -> c.blockStorage().volumes().create(b.build()));
        return new CloudObject(ResourceKind.VOLUME, v.getId(), resource.name(), State.PENDING,
                v.getStatus() == null ? "creating" : v.getStatus().value(),
                resource.tags().containsKey(ResourceNames.CLUSTER_TAG_KEY), Origin.INSTALLER);
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return calls.find("volume", "show volume", c -> c.blockStorage().volumes().get(object.id()))
                .map(v -> toObject(v, object.tagged() || (v.getMetaData() != null
                        && v.getMetaData().containsKey(ResourceNames.CLUSTER_TAG_KEY)), object.origin()));
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        if (object.tagged()) {
            return object;
        }
        // openstack4j has no volume metadata call; POST .../metadata merges keys, so it may be repeated.
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("metadata").put(ResourceNames.CLUSTER_TAG_KEY, cluster);
        calls.sendJson("volume", "tag volume", "POST", "/volumes/" + object.id() + "/metadata", body);
        return object.asTagged();
    }

    /**
     * Deletes the volume. Cinder refuses (400) while the volume is attached or reserved; when what holds it is an
     * attachment of a server that no longer exists, that attachment is deleted and the delete sent again. Any other
     * refusal goes to the caller, who waits for the server to let go.
     */
    @Override
    public void delete(CloudObject object) {
        try {
            deleteOnce(object);
        } catch (OpenStackException refused) {
            if (refused.kind() != OpenStackException.Kind.BAD_REQUEST || !releasedStale(object, refused)) {
                throw refused;
            }
            deleteOnce(object);
        }
    }

    private void deleteOnce(CloudObject object) {
        calls.delete("volume", "delete volume", c -> c.blockStorage().volumes().delete(object.id()));
    }

    private boolean releasedStale(CloudObject object, OpenStackException refused) {
        try {
            return staleAttachments.release(object.id()) > 0;
        } catch (OpenStackException e) {
            refused.addSuppressed(e);
            return false;
        }
    }

    private CloudObject toObject(Volume v, boolean tagged, Origin origin) {
        String status = statusOf(v);
        return new CloudObject(ResourceKind.VOLUME, v.getId(), v.getName(), CloudStates.volume(status), status, tagged,
                origin);
    }

    /**
     * The volume's status as Cinder wrote it. openstack4j 3.12's status enum lacks some (e.g. {@code reserved}) and
     * turns them into {@code unrecognized}; for those the volume is read again as JSON.
     */
    private String statusOf(Volume v) {
        if (v.getStatus() == null) {
            return "";
        }
        if (v.getStatus() != Volume.Status.UNRECOGNIZED) {
            return v.getStatus().value();
        }
        return calls.findJson("volume", "show volume", "/volumes/" + v.getId())
                .map(j -> j.path("volume").path("status").asText(Volume.Status.UNRECOGNIZED.value()))
                .orElse(Volume.Status.UNRECOGNIZED.value());
    }
}
