package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceKind;
import org.openstack4j.model.octavia.LoadBalancerV2;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Octavia load balancers the cloud controller manager made for the cluster's LoadBalancer Services. The installer
 * never creates one; destroy removes them with {@code cascade=true} (listeners, pools, members and the VIP port
 * go with them). A cloud without a {@code load-balancer} service in its catalog simply has none.
 */
final class LoadBalancerObjects implements KindAdapter {

    /**
     * cloud-provider-openstack names them {@code kube_service_<cluster>_<namespace>_<service>}
     * (pkg/openstack/loadbalancer.go: {@code servicePrefix} and {@code lbFormat}).
     */
    static final String CCM_PREFIX = "kube_service_";
    static final String SERVICE = "load-balancer";

    private final CloudCalls calls;
    private volatile Boolean available;

    LoadBalancerObjects(CloudCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<CloudObject> list(String cluster) {
        if (!available()) {
            return List.of();
        }
        String prefix = CCM_PREFIX + cluster + "_";
        List<? extends LoadBalancerV2> all = calls.read(SERVICE, "list load balancers",
                c -> c.octavia().loadBalancerV2().list());
        return all.stream().filter(lb -> lb.getName() != null && lb.getName().startsWith(prefix))
                .map(LoadBalancerObjects::toObject).toList();
    }

    @Override
    public CloudObject create(PlannedResource resource, Map<String, String> ids) {
        throw new IllegalArgumentException("the installer never creates load balancers (" + resource.key() + ")");
    }

    @Override
    public Optional<CloudObject> get(CloudObject object) {
        return calls.find(SERVICE, "show load balancer", c -> c.octavia().loadBalancerV2().get(object.id()))
                .map(LoadBalancerObjects::toObject);
    }

    @Override
    public CloudObject ensureTagged(CloudObject object, String cluster) {
        return object;
    }

    @Override
    public void delete(CloudObject object) {
        calls.delete(SERVICE, "delete load balancer (cascade)",
                c -> c.octavia().loadBalancerV2().cascadeDelete(object.id()));
    }

    /** Whether the catalog has Octavia; asked once (the catalog does not change during a run). */
    boolean available() {
        Boolean known = available;
        if (known == null) {
            List<OpenStackGateway.Endpoint> catalog = calls.gateway().authenticate().catalog();
            known = catalog != null && catalog.stream().anyMatch(e -> SERVICE.equals(e.serviceType()));
            available = known;
        }
        return known;
    }

    private static CloudObject toObject(LoadBalancerV2 lb) {
        String status = lb.getProvisioningStatus() == null ? "" : lb.getProvisioningStatus().name();
        return new CloudObject(ResourceKind.LOAD_BALANCER, lb.getId(), lb.getName(), CloudStates.loadBalancer(status),
                status, false, Origin.CCM);
    }
}
