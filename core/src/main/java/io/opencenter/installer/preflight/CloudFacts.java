package io.opencenter.installer.preflight;

import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.OpenStackGateway.Image;
import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.openstack.OpenStackGateway.Quota;
import io.opencenter.installer.provision.PlannedResource;
import java.util.List;

/**
 * Everything preflight needs to know about the cloud, read once through the gateway. Plain data, so the checks
 * are a pure function and are tested with hand-written facts.
 *
 * @param auth           who we are and the service catalog
 * @param profileRegion  the region of the clouds.yaml entry (used when the config names none), or null
 * @param interfaceType  endpoint interface to look for in the catalog (public, internal, admin)
 * @param reusedNetwork  the cluster's network when it already exists (an earlier, partial apply), else null
 * @param held           the planned resources the cluster already has on the cloud ({@link HeldResources})
 * @param softServerGroups whether Nova takes the soft server-group policies (microversion 2.15); asked only when the
 *                       config wants one, true otherwise
 */
public record CloudFacts(AuthInfo auth, String profileRegion, String interfaceType, List<String> availabilityZones,
                         List<Flavor> flavors, List<Image> images, List<Network> externalNetworks,
                         ReusedNetwork reusedNetwork, List<Quota> quotas,
                         List<PlannedResource> held, boolean softServerGroups) {

    /** Facts read for a config that does not ask for a soft server-group policy (Nova was not asked about them). */
    public CloudFacts(AuthInfo auth, String profileRegion, String interfaceType, List<String> availabilityZones,
                      List<Flavor> flavors, List<Image> images, List<Network> externalNetworks,
                      ReusedNetwork reusedNetwork, List<Quota> quotas, List<PlannedResource> held) {
        this(auth, profileRegion, interfaceType, availabilityZones, flavors, images, externalNetworks, reusedNetwork,
                quotas, held, true);
    }

    public CloudFacts {
        availabilityZones = List.copyOf(availabilityZones);
        flavors = List.copyOf(flavors);
        images = List.copyOf(images);
        externalNetworks = List.copyOf(externalNetworks);
        quotas = List.copyOf(quotas);
        held = List.copyOf(held);
    }

    public String interfaceOrDefault() {
        return interfaceType == null || interfaceType.isBlank() ? "public" : interfaceType;
    }
}
