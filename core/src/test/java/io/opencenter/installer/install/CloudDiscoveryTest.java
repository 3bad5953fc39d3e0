package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudDiscoveryTest {

    @Test
    void aFlavorReadsWithItsSize() {
        assertThat(CloudDiscovery.describe(new Flavor("3", "m1.large", 4, 8192, 40, true)))
                .isEqualTo("m1.large \u2014 4 vCPU, 8 GiB RAM");
        assertThat(CloudDiscovery.describe(new Flavor("9", "tiny", 1, 512, 1, true)))
                .isEqualTo("tiny \u2014 1 vCPU, 512 MiB RAM");
        assertThat(CloudDiscovery.describe(new Flavor("9", "odd", 2, 1536, 1, true)))
                .isEqualTo("odd \u2014 2 vCPU, 1.5 GiB RAM");
    }

    @Test
    void discoverySortsFlavorsBySizeAndNamesTheUnknownPlainly() {
        var profile = ScriptedGateway.profile("pw", "RegionOne");
        CloudDiscovery found;
        try (CloudProbe probe = CloudProbe.open(new CloudConnection(profile, p -> new ScriptedGateway(p, "pw"),
                p -> null))) {
            found = probe.discover();
        }
        assertThat(found.flavorNames()).containsExactly("m1.small", "m1.large", "m1.xlarge");
        assertThat(found.describeFlavor("m1.small")).isEqualTo("m1.small \u2014 1 vCPU, 2 GiB RAM");
        assertThat(found.describeFlavor("custom")).isEqualTo("custom");
        assertThat(found.externalNetworkNames()).containsExactly("public");
        assertThat(found.availabilityZones()).isEqualTo(List.of("az2", "nova"));
        assertThat(found.imageNames()).containsExactly("debian-12", "ubuntu-24.04");
        assertThat(found.keyPairs()).containsExactly("me", "zed");
        assertThat(found.regions()).containsExactly("RegionOne");
        assertThat(found.quotas()).hasSize(1);
    }
}
