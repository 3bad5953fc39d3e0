package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatus;
import io.fabric8.kubernetes.api.model.PersistentVolumeStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Cinder CSI driver with its external provisioner and attacher. A PVC of a StorageClass whose provisioner is
 * {@value #CINDER} (its own, else the default class) gets a Cinder volume {@code pvc-<uid>} carrying the driver's
 * cluster metadata ({@value #CLUSTER_KEY}, which destroy looks for), a PV, and is Bound; with WaitForFirstConsumer
 * only once a pod mounts it. The volume is attached to the server of the node running a pod that mounts it and
 * detached when none does; a PV whose claim is gone is deleted with its volume (reclaim policy Delete) or Released.
 * A volume the cloud refuses (quota) leaves the PVC Pending with a ProvisioningFailed event.
 */
final class VolumeController {
    static final String CINDER = "cinder.csi.openstack.org";
    static final String CLUSTER_KEY = CINDER + "/cluster";
    private static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";
    private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

    private final SimContext ctx;
    private final Events events;

    VolumeController(SimContext ctx) {
        this.ctx = ctx;
        this.events = new Events(ctx);
    }

    void provision() {
        List<StorageClass> classes = ctx.kube().storage().v1().storageClasses().list().getItems();
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        Map<String, PersistentVolume> volumes = ctx.kube().persistentVolumes().list().getItems().stream()
                .collect(Collectors.toMap(v -> v.getMetadata().getName(), Function.identity()));
        for (PersistentVolumeClaim claim : ctx.kube().persistentVolumeClaims().inAnyNamespace().list().getItems()) {
            String bound = claim.getSpec().getVolumeName();
            if (bound != null && !bound.isEmpty()) {
                if (volumes.containsKey(bound)) {
                    bind(claim, volumes.get(bound));
                }
                continue;
            }
            Optional<StorageClass> sc = storageClass(claim, classes);
            if (sc.isEmpty() || !CINDER.equals(sc.get().getProvisioner()) || waitsForConsumer(sc.get(), claim, pods)) {
                continue;
            }
            String name = "pvc-" + claim.getMetadata().getUid();
            int size = gib(claim);
            String volumeId;
            try {
                volumeId = ctx.cloud().provision(name, size, metadata(claim, name));
            } catch (ClusterCloud.VolumeRefused e) {
                events.warn(claim, CINDER + "_csi-provisioner", "ProvisioningFailed", "failed to provision volume "
                        + "with StorageClass \"" + sc.get().getMetadata().getName() + "\": " + e.getMessage());
                continue;
            }
            PersistentVolume pv = volumes.get(name);
            if (pv == null) {
                pv = volume(claim, sc.get(), name, size, volumeId);
                ctx.store().create(pv);
            }
            bind(claim, pv);
        }
    }

    void attach() {
        Map<String, String> serverOfNode = ctx.kube().nodes().list().getItems().stream()
                .filter(n -> NodeController.providerId(n).startsWith(NodeController.PROVIDER_PREFIX))
                .collect(Collectors.toMap(n -> n.getMetadata().getName(),
                        n -> NodeController.providerId(n).substring(NodeController.PROVIDER_PREFIX.length())));
        List<Pod> running = ctx.kube().pods().inAnyNamespace().list().getItems().stream()
                .filter(p -> Pods.scheduled(p) && !Scheduler.finished(p)).toList();
        Map<String, PersistentVolumeClaim> claims = ctx.kube().persistentVolumeClaims().inAnyNamespace().list()
                .getItems().stream().collect(Collectors.toMap(c -> Scheduler.key(c.getMetadata().getNamespace(),
                        c.getMetadata().getName()), Function.identity()));
        for (PersistentVolume pv : ctx.kube().persistentVolumes().list().getItems()) {
            if (pv.getSpec().getCsi() == null || !CINDER.equals(pv.getSpec().getCsi().getDriver())) {
                continue;
            }
            String handle = pv.getSpec().getCsi().getVolumeHandle();
            var ref = pv.getSpec().getClaimRef();
            PersistentVolumeClaim claim = ref == null ? null : claims.get(Scheduler.key(ref.getNamespace(), ref.getName()));
            if (claim == null || !Objects.equals(claim.getMetadata().getUid(), ref.getUid())) {
                release(pv, handle);
                continue;
            }
            Optional<String> server = running.stream()
                    .filter(p -> p.getMetadata().getNamespace().equals(ref.getNamespace())
                            && Pods.claims(p).contains(ref.getName()))
                    .map(p -> serverOfNode.get(p.getSpec().getNodeName())).filter(Objects::nonNull).findFirst();
            if (server.isPresent()) {
                ctx.cloud().attach(handle, server.get());
            } else {
                ctx.cloud().detach(handle);
            }
        }
    }

    private void release(PersistentVolume pv, String handle) {
        if ("Delete".equals(pv.getSpec().getPersistentVolumeReclaimPolicy())) {
            ctx.cloud().delete(handle);
            ctx.store().delete(pv);
            return;
        }
        PersistentVolume next = ctx.store().copy(pv);
        if (next.getStatus() == null) {
            next.setStatus(new PersistentVolumeStatus());
        }
        next.getStatus().setPhase("Released");
        ctx.store().save(pv, next);
    }

    private PersistentVolume volume(PersistentVolumeClaim claim, StorageClass sc, String name, int size,
                                    String volumeId) {
        String policy = sc.getReclaimPolicy() == null ? "Delete" : sc.getReclaimPolicy();
        return new PersistentVolumeBuilder().withNewMetadata().withName(name)
                .addToAnnotations("pv.kubernetes.io/provisioned-by", CINDER).endMetadata()
                .withNewSpec().addToCapacity("storage", new Quantity(size + "Gi"))
                .withAccessModes(claim.getSpec().getAccessModes()).withPersistentVolumeReclaimPolicy(policy)
                .withStorageClassName(sc.getMetadata().getName()).withVolumeMode("Filesystem")
                .withNewCsi().withDriver(CINDER).withVolumeHandle(volumeId).withFsType("ext4").endCsi()
                .withNewClaimRef().withApiVersion("v1").withKind("PersistentVolumeClaim")
                .withNamespace(claim.getMetadata().getNamespace()).withName(claim.getMetadata().getName())
                .withUid(claim.getMetadata().getUid()).endClaimRef().endSpec()
                .withNewStatus().withPhase("Bound").endStatus().build();
    }

    private void bind(PersistentVolumeClaim claim, PersistentVolume pv) {
        PersistentVolumeClaim next = ctx.store().copy(claim);
        next.getSpec().setVolumeName(pv.getMetadata().getName());
        Map<String, String> annotations = new LinkedHashMap<>(Pods.orEmpty(next.getMetadata().getAnnotations()));
        annotations.put("pv.kubernetes.io/bind-completed", "yes");
        annotations.put("pv.kubernetes.io/bound-by-controller", "yes");
        annotations.put("volume.kubernetes.io/storage-provisioner", CINDER);
        next.getMetadata().setAnnotations(annotations);
        PersistentVolumeClaimStatus status = new PersistentVolumeClaimStatus();
        status.setPhase("Bound");
        status.setAccessModes(pv.getSpec().getAccessModes());
        status.setCapacity(pv.getSpec().getCapacity());
        next.setStatus(status);
        ctx.store().save(claim, next);
    }

    private Map<String, String> metadata(PersistentVolumeClaim claim, String pvName) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(CLUSTER_KEY, ctx.cluster().name());
        m.put("csi.storage.k8s.io/pvc/name", claim.getMetadata().getName());
        m.put("csi.storage.k8s.io/pvc/namespace", claim.getMetadata().getNamespace());
        m.put("csi.storage.k8s.io/pv/name", pvName);
        return m;
    }

    private static Optional<StorageClass> storageClass(PersistentVolumeClaim claim, List<StorageClass> classes) {
        String name = claim.getSpec().getStorageClassName();
        if (name != null) {
            return classes.stream().filter(c -> name.equals(c.getMetadata().getName())).findFirst();
        }
        return classes.stream().filter(c -> "true".equals(Pods.orEmpty(c.getMetadata().getAnnotations())
                .get(DEFAULT_CLASS))).findFirst();
    }

    private static boolean waitsForConsumer(StorageClass sc, PersistentVolumeClaim claim, List<Pod> pods) {
        return "WaitForFirstConsumer".equals(sc.getVolumeBindingMode()) && pods.stream()
                .noneMatch(p -> p.getMetadata().getNamespace().equals(claim.getMetadata().getNamespace())
                        && Pods.claims(p).contains(claim.getMetadata().getName()));
    }

    /** The requested size in GiB, rounded up as Cinder allocates whole gigabytes; at least 1. */
    private static int gib(PersistentVolumeClaim claim) {
        var requests = claim.getSpec().getResources() == null ? null : claim.getSpec().getResources().getRequests();
        Quantity q = requests == null ? null : requests.get("storage");
        if (q == null) {
            return 1;
        }
        return Math.max(1, Quantity.getAmountInBytes(q).divide(GIB, 0, RoundingMode.CEILING).intValueExact());
    }

}
