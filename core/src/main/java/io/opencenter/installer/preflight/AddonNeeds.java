package io.opencenter.installer.preflight;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceSelection;
import io.opencenter.installer.spec.ClusterConfig;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the platform services claim from the cloud once they run, beyond the plan's own resources.
 *
 * <ul>
 *   <li>Cinder volumes and gigabytes: one volume per PVC the enabled services declare, on the openstack profile
 *       only (Cinder CSI). On the generic profile Longhorn carves PVCs out of the nodes' own disks.</li>
 *   <li>Ports: none. MetalLB hands out addresses of the node subnet and announces them by ARP from the nodes'
 *       existing ports (the plan lets them through with {@code allowed_address_pairs}); kube-vip does the same
 *       for the API VIP, whose port the plan already counts. No add-on creates Neutron ports.</li>
 *   <li>Floating IPs: none. LoadBalancer services get MetalLB addresses, so the cloud controller never creates
 *       Octavia load balancers or floating IPs for them; the API's floating IP is the plan's.</li>
 * </ul>
 */
public record AddonNeeds(Map<QuotaResource, Long> counts, List<String> notes) {

    public AddonNeeds {
        counts = Map.copyOf(counts);
        notes = List.copyOf(notes);
    }

    public static AddonNeeds of(ClusterConfig config, Catalog catalog) {
        Profile profile = Profile.fromId(config.spec() == null || config.spec().platform() == null
                ? null : config.spec().platform().profile());
        List<String> disabled = config.spec() == null || config.spec().platform() == null
                || config.spec().platform().disabled() == null ? List.of() : config.spec().platform().disabled();
        ServiceSelection selection = catalog.select(profile, disabled);
        Map<QuotaResource, Long> n = new EnumMap<>(QuotaResource.class);
        n.put(QuotaResource.VOLUMES, 0L);
        n.put(QuotaResource.GIGABYTES, 0L);
        n.put(QuotaResource.PORTS, 0L);
        n.put(QuotaResource.FLOATING_IPS, 0L);
        String storageNote;
        if (profile == Profile.OPENSTACK) {
            n.put(QuotaResource.VOLUMES, (long) selection.volumeCount());
            n.put(QuotaResource.GIGABYTES, (long) selection.storageGb());
            storageNote = "Cinder: " + selection.volumeCount() + " volumes, " + selection.storageGb()
                    + " GB for the PVCs of the enabled services";
        } else {
            storageNote = "no Cinder volumes: Longhorn keeps PVCs on the nodes' disks (generic profile)";
        }
        return new AddonNeeds(n, List.of(storageNote,
                "no extra ports or floating IPs: MetalLB and kube-vip use addresses of the node subnet"));
    }

    public long get(QuotaResource resource) {
        return counts.getOrDefault(resource, 0L);
    }
}
