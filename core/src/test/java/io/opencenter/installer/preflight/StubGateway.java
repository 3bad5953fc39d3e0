package io.opencenter.installer.preflight;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A read-only cloud made of plain records; can fail a chosen call. Records which calls were made. */
final class StubGateway implements OpenStackGateway {
    final CloudFacts facts;
    final List<Network> networks = new ArrayList<>();
    final Map<String, List<Subnet>> subnets = new HashMap<>();
    final Map<String, List<Port>> ports = new HashMap<>();
    final Map<String, OpenStackException> failures = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    /** What Nova says when asked for a microversion (the soft server-group policies need 2.15). */
    boolean microversionsOffered = true;
    boolean closed;

    StubGateway(CloudFacts facts) {
        this.facts = facts;
    }

    StubGateway failing(String call, OpenStackException e) {
        failures.put(call, e);
        return this;
    }

    private <T> T answer(String call, Supplier<T> value) {
        calls.add(call);
        OpenStackException e = failures.get(call);
        if (e != null) {
            throw e;
        }
        return value.get();
    }

    @Override public AuthInfo authenticate() { return answer("authenticate", facts::auth); }
    @Override public List<String> regions() { return answer("regions", () -> List.copyOf(ServiceCatalogCheck.regions(facts.auth().catalog()))); }
    @Override public List<String> availabilityZones() { return answer("availabilityZones", facts::availabilityZones); }
    @Override public List<Flavor> flavors() { return answer("flavors", facts::flavors); }
    @Override public List<Image> images() { return answer("images", facts::images); }
    @Override public List<Network> externalNetworks() { return answer("externalNetworks", facts::externalNetworks); }
    @Override public List<Network> networks() { return answer("networks", () -> networks); }
    @Override public List<Subnet> subnets(String networkId) { return answer("subnets", () -> subnets.getOrDefault(networkId, List.of())); }
    @Override public List<Port> ports(String networkId) { return answer("ports", () -> ports.getOrDefault(networkId, List.of())); }
    @Override public List<String> keyPairs() { return answer("keyPairs", List::of); }
    @Override public List<Quota> quotas() { return answer("quotas", facts::quotas); }
    @Override public void probe(String serviceType) { answer("probe", () -> null); }
    @Override public boolean computeSupports(String version) { return answer("computeSupports " + version, () -> microversionsOffered); }
    @Override public void close() { closed = true; }
}
