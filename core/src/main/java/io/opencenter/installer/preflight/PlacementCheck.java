package io.opencenter.installer.preflight;

import static io.opencenter.installer.spec.ConfigField.AVAILABILITY_ZONE;
import static io.opencenter.installer.spec.ConfigField.EXTERNAL_NETWORK;

import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.List;

/** The external network (for the router gateway and the API floating IP) and the availability zone exist. */
final class PlacementCheck {
    private PlacementCheck() {}

    static List<Finding> check(ClusterConfig config, CloudFacts facts) {
        List<Finding> findings = new ArrayList<>();
        ClusterSpec spec = config.spec();
        if (spec == null) {
            return findings;
        }
        String external = spec.network() == null ? null : spec.network().externalNetwork();
        if (external != null && !external.isBlank()
                && CloudLookup.network(facts.externalNetworks(), external).isEmpty()) {
            findings.add(Finding.error(EXTERNAL_NETWORK.path(), "external network " + external
                    + " does not exist (or is not marked router:external)",
                    Suggestions.hint(external, facts.externalNetworks().stream().map(Network::name).toList(),
                            "external networks")));
        }
        String zone = spec.cloud() == null ? null : spec.cloud().availabilityZone();
        if (zone != null && !zone.isBlank() && !facts.availabilityZones().contains(zone)) {
            findings.add(Finding.error(AVAILABILITY_ZONE.path(), "availability zone " + zone + " does not exist",
                    Suggestions.hint(zone, facts.availabilityZones(), "availability zones")));
        }
        return findings;
    }
}
