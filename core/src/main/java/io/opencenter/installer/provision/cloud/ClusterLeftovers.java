package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;

import java.util.ArrayList;
import java.util.List;

/**
 * What the running cluster made on the cloud, found by the marks its makers leave (cloud-provider-openstack,
 * pkg/openstack/loadbalancer.go and loadbalancer_sg.go; pkg/csi/cinder/controllerserver.go):
 * <ul>
 *   <li>Cinder CSI volumes: metadata {@code cinder.csi.openstack.org/cluster=<cluster>};</li>
 *   <li>CCM load balancers: {@code kube_service_<cluster>_<namespace>_<service>} (Octavia's VIP port goes with the
 *       cascade delete);</li>
 *   <li>CCM floating IPs for LoadBalancer Services: description
 *       {@code Floating IP for Kubernetes external service <ns>/<svc> from cluster <cluster>};</li>
 *   <li>CCM security groups ({@code manage-security-groups}): name {@code lb-sg-<uid>-<ns>-<svc>}, description
 *       {@code Security Group for <ns>/<svc> Service LoadBalancer in cluster <cluster>}.</li>
 * </ul>
 * The CCM names nothing else: the node ports it tags with those groups' ids are the installer's own.
 */
final class ClusterLeftovers {

    static final String CCM_FIP_PREFIX = "Floating IP for Kubernetes external service ";
    static final String CCM_SG_PREFIX = "lb-sg-";

    private final VolumeObjects volumes;
    private final LoadBalancerObjects loadBalancers;
    private final NeutronObjects securityGroups;
    private final NeutronObjects floatingIps;

    ClusterLeftovers(VolumeObjects volumes, LoadBalancerObjects loadBalancers, NeutronObjects securityGroups,
                     NeutronObjects floatingIps) {
        this.volumes = volumes;
        this.loadBalancers = loadBalancers;
        this.securityGroups = securityGroups;
        this.floatingIps = floatingIps;
    }

    List<CloudObject> of(String cluster) {
        List<CloudObject> found = new ArrayList<>(volumes.csi(cluster));
        found.addAll(loadBalancers.list(cluster));
        for (JsonNode fip : floatingIps.all()) {
            String description = NeutronJson.text(fip, "description");
            if (description.startsWith(CCM_FIP_PREFIX) && description.endsWith(" from cluster " + cluster)) {
                found.add(NeutronJson.toObject(NeutronCollection.FLOATING_IPS, fip, false, Origin.CCM));
            }
        }
        for (JsonNode sg : securityGroups.all()) {
            if (NeutronJson.text(sg, "name").startsWith(CCM_SG_PREFIX)
                    && NeutronJson.text(sg, "description").endsWith(" Service LoadBalancer in cluster " + cluster)) {
                found.add(NeutronJson.toObject(NeutronCollection.SECURITY_GROUPS, sg, false, Origin.CCM));
            }
        }
        return found;
    }
}
