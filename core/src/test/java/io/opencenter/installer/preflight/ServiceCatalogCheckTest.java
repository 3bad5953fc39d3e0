package io.opencenter.installer.preflight;

import static io.opencenter.installer.preflight.CloudFixtures.catalog;
import static io.opencenter.installer.preflight.CloudFixtures.config;
import static io.opencenter.installer.preflight.CloudFixtures.facts;
import static io.opencenter.installer.preflight.CloudFixtures.withCatalog;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudService;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCatalogCheckTest {

    private static List<Finding> findings(ClusterConfig c, CloudFacts f) {
        return CloudFixtures.check(c, f).findings();
    }

    private static ClusterConfig region(String region) {
        return CloudFixtures.withCloud(config(), new ClusterSpec.Cloud("mycloud", region, null, false));
    }

    @Test
    void anUnknownRegionListsTheRegionsOfTheCatalog() {
        List<Endpoint> two = new ArrayList<>(CloudFixtures.FULL_CATALOG);
        two.addAll(catalog("RegionTwo", "compute", "network", "image", "volumev3"));
        assertThat(findings(region("Mars"), withCatalog(facts(), null, two))).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.region");
            assertThat(f.message()).isEqualTo("region Mars is not in the service catalog");
            assertThat(f.hint()).isEqualTo("regions: RegionOne, RegionTwo");
        });
    }

    @Test
    void regionNamesAreCaseSensitiveAndTheRightSpellingIsTheHint() {
        assertThat(findings(region("regionone"), facts())).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("region regionone is not in the service catalog");
            assertThat(f.hint()).startsWith("did you mean RegionOne?");
        });
    }

    @Test
    void withoutARegionInTheConfigTheCloudEntrysRegionIsUsed() {
        List<Endpoint> two = new ArrayList<>(CloudFixtures.FULL_CATALOG);
        two.addAll(catalog("RegionTwo", "compute"));
        assertThat(findings(region(null), withCatalog(facts(), "RegionOne", two))).isEmpty();
        assertThat(findings(region(null), withCatalog(facts(), "RegionTwo", two))).extracting(Finding::message)
                .contains("service network (Neutron) has no public endpoint in region RegionTwo");
    }

    @Test
    void withoutAnyRegionNamedTheOnlyRegionIsFineButSeveralAreAnError() {
        assertThat(findings(region(null), withCatalog(facts(), null, CloudFixtures.FULL_CATALOG))).isEmpty();
        List<Endpoint> two = new ArrayList<>(CloudFixtures.FULL_CATALOG);
        two.addAll(catalog("RegionTwo", "compute"));
        assertThat(findings(region(null), withCatalog(facts(), null, two))).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.region");
            assertThat(f.message()).contains("several regions (RegionOne, RegionTwo)");
        });
    }

    @Test
    void aMissingServiceListsWhereItIsAndWhatTheRegionHas() {
        List<Endpoint> cat = new ArrayList<>(catalog("RegionOne", "identity", "compute", "network", "image"));
        cat.addAll(catalog("RegionTwo", "volumev3"));
        assertThat(findings(region("RegionOne"), withCatalog(facts(), null, cat))).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.region");
            assertThat(f.message()).isEqualTo("service block-storage (Cinder) has no public endpoint in region RegionOne");
            assertThat(f.hint()).isEqualTo("regions that have it: RegionTwo; services in RegionOne: compute, identity, "
                    + "image, network");
        });
    }

    @Test
    void theNewBlockStorageTypeCountsAsCinder() {
        List<Endpoint> cat = catalog("RegionOne", "identity", "compute", "network", "image", "block-storage");
        assertThat(findings(region("RegionOne"), withCatalog(facts(), null, cat))).isEmpty();
    }

    @Test
    void cinderIsNotNeededWithoutVolumesOnTheGenericProfile() {
        ClusterConfig c = CloudFixtures.withPlatform(region("RegionOne"),
                new ClusterSpec.Platform("generic", null, null, null));
        c = CloudFixtures.withControlPlane(c, new ClusterSpec.ControlPlane(3, "m1.large", "ubuntu-24.04", 0));
        c = CloudFixtures.withWorkers(c, new ClusterSpec.WorkerPool("w", 2, "m1.large", "ubuntu-24.04", 0));
        List<Endpoint> cat = catalog("RegionOne", "identity", "compute", "network", "image");
        assertThat(findings(c, withCatalog(facts(), null, cat))).isEmpty();
        assertThat(ServiceCatalogCheck.needed(c)).doesNotContain(CloudService.BLOCK_STORAGE);
        assertThat(ServiceCatalogCheck.needed(config())).contains(CloudService.BLOCK_STORAGE);
    }

    @Test
    void onlyTheConfiguredInterfaceCounts() {
        List<Endpoint> internalOnly = CloudFixtures.FULL_CATALOG.stream()
                .map(e -> new Endpoint(e.serviceType(), e.serviceName(), e.region(), "internal", e.url())).toList();
        assertThat(findings(region("RegionOne"), withCatalog(facts(), null, internalOnly))).hasSize(4)
                .allMatch(f -> f.message().contains("no public endpoint"));
    }
}
