package io.opencenter.installer.install;

import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The read gateway preflight uses, with each quota's {@code in use} reduced by what the cluster itself already
 * holds ({@link OwnUsage}), so a resumed install is checked only for what it still has to create. The cluster's
 * objects are listed when preflight asks for the quotas, so a failure there becomes preflight's finding for that
 * step. Everything else passes through.
 */
final class OwnUsageGateway implements OpenStackGateway {
    private final OpenStackGateway delegate;
    private final ProvisioningPlan plan;
    private final Supplier<Map<ResourceKind, List<CloudObject>>> existing;
    private List<Flavor> flavors;

    OwnUsageGateway(OpenStackGateway delegate, ProvisioningPlan plan, Supplier<Map<ResourceKind, List<CloudObject>>> existing) {
        this.delegate = delegate;
        this.plan = plan;
        this.existing = existing;
    }

    @Override
    public List<Quota> quotas() {
        List<Quota> quotas = delegate.quotas();
        OwnUsage own = OwnUsage.of(existing.get(), plan, flavors());
        if (own.isEmpty()) {
            return quotas;
        }
        return quotas.stream()
                .map(q -> new Quota(q.service(), q.resource(), q.limit(), Math.max(0, q.inUse() - own.of(q.resource()))))
                .toList();
    }

    @Override
    public synchronized List<Flavor> flavors() {
        if (flavors == null) {
            flavors = delegate.flavors();
        }
        return flavors;
    }

    @Override
    public AuthInfo authenticate() {
        return delegate.authenticate();
    }

    @Override
    public List<String> regions() {
        return delegate.regions();
    }

    @Override
    public List<String> availabilityZones() {
        return delegate.availabilityZones();
    }

    @Override
    public List<Image> images() {
        return delegate.images();
    }

    @Override
    public List<Network> externalNetworks() {
        return delegate.externalNetworks();
    }

    @Override
    public List<Network> networks() {
        return delegate.networks();
    }

    @Override
    public List<Network> networksTagged(String tag) {
        return delegate.networksTagged(tag);
    }

    @Override
    public List<Subnet> subnets(String networkId) {
        return delegate.subnets(networkId);
    }

    @Override
    public List<Port> ports(String networkId) {
        return delegate.ports(networkId);
    }

    @Override
    public List<String> keyPairs() {
        return delegate.keyPairs();
    }

    @Override
    public void probe(String serviceType) {
        delegate.probe(serviceType);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
