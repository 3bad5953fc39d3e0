package io.opencenter.installer.preflight;

import static io.opencenter.installer.preflight.CloudFixtures.config;
import static io.opencenter.installer.preflight.CloudFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreflightRunTest {
    private static final String PASSWORD = "hunter2-very-secret";
    private static final CloudProfile PROFILE = new CloudProfile("mycloud",
            new CloudAuth.Password("https://keystone.example:5000/v3", "alice", "Default", Secret.of(PASSWORD),
                    "prod", null, "Default"), "RegionOne", null, null, false, "/home/alice/.config/openstack/clouds.yaml");

    private static PreflightReport run(StubGateway gateway) {
        return Preflight.run(config(), CloudFixtures.plan(config()), gateway, PROFILE, HeldResources.NONE,
                Catalog.builtIn());
    }

    @Test
    void aHealthyCloudPassesAndEveryQuotaIsInTheTable() {
        StubGateway gateway = new StubGateway(facts());
        PreflightReport report = run(gateway);
        assertThat(report.findings()).isEmpty();
        assertThat(report.quotaTable()).hasSize(QuotaResource.values().length + 4);
        assertThat(gateway.calls).containsExactly("authenticate", "availabilityZones", "flavors", "images",
                "externalNetworks", "networks", "quotas");
    }

    @Test
    void aRejectedLoginSaysWhoWhereAndNeverTheSecret() {
        StubGateway gateway = new StubGateway(facts()).failing("authenticate", new OpenStackException(
                Kind.UNAUTHORIZED, 401, "identity POST /v3/auth/tokens answered 401: The request you have made "
                + "requires authentication.", null));
        Finding f = run(gateway).findings().get(0);
        assertThat(f.path()).isEqualTo("spec.cloud.name");
        assertThat(f.message()).contains("Keystone at https://keystone.example:5000/v3 rejected user alice "
                + "(domain Default) in project prod (domain Default)").contains("answered 401");
        assertThat(f.hint()).contains("mycloud").contains("/home/alice/.config/openstack/clouds.yaml");
        assertThat(f.toString()).doesNotContain(PASSWORD);
        assertThat(gateway.calls).containsExactly("authenticate");
    }

    @Test
    void aRejectedApplicationCredentialIsNamedById() {
        CloudProfile appcred = new CloudProfile("ac", new CloudAuth.ApplicationCredential("https://k:5000/v3",
                "4f1e", null, null, null, Secret.of(PASSWORD)), null, null, null, false, "clouds.yaml");
        StubGateway gateway = new StubGateway(facts()).failing("authenticate",
                new OpenStackException(Kind.UNAUTHORIZED, "401"));
        Finding f = Preflight.run(config(), CloudFixtures.plan(config()), gateway, appcred, HeldResources.NONE,
                Catalog.builtIn()).findings().get(0);
        assertThat(f.message()).contains("rejected application credential 4f1e").doesNotContain(PASSWORD);
    }

    @Test
    void aTlsFailureNamesTheEndpointAndSuggestsCacert() {
        StubGateway gateway = new StubGateway(facts()).failing("flavors", new OpenStackException(Kind.TLS, 0,
                "TLS handshake failed", null));
        PreflightReport report = run(gateway);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("TLS verification failed for http://127.0.0.1/compute");
            assertThat(f.hint()).startsWith("set cacert in clouds.yaml for this cloud (mycloud)");
        });
        assertThat(report.quotaTable()).isEmpty();
    }

    @Test
    void anUnreachableKeystoneNamesTheAuthUrl() {
        StubGateway gateway = new StubGateway(facts()).failing("authenticate", new OpenStackException(
                Kind.UNREACHABLE, "connection refused"));
        assertThat(run(gateway).findings()).singleElement().extracting(Finding::message).asString()
                .startsWith("cannot reach https://keystone.example:5000/v3 while logging in");
    }

    @Test
    void aMissingEndpointListsRegionsAndServices() {
        StubGateway gateway = new StubGateway(facts()).failing("images", new OpenStackException(
                Kind.NO_ENDPOINT, "no image endpoint in region RegionOne"));
        assertThat(run(gateway).findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.region");
            assertThat(f.hint()).isEqualTo("regions: RegionOne; services: compute, identity, image, network, volumev3");
        });
    }

    @Test
    void aWrongRegionStopsBeforeReadingAnythingElse() {
        ClusterConfig c = CloudFixtures.withCloud(config(), new ClusterSpec.Cloud("mycloud", "RegionTwo", null, false));
        List<CloudProfile> connected = new ArrayList<>();
        StubGateway gateway = new StubGateway(facts());
        CloudProfile inRegionTwo = new CloudProfile(PROFILE.name(), PROFILE.auth(), "RegionTwo", null, null, false,
                PROFILE.source());
        PreflightReport report = Preflight.run(c, CloudFixtures.plan(c), inRegionTwo, p -> {
            connected.add(p);
            return gateway;
        }, HeldResources.NONE, Catalog.builtIn());
        assertThat(connected).extracting(CloudProfile::regionName).containsExactly("RegionTwo");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.region");
            assertThat(f.message()).isEqualTo("region RegionTwo is not in the service catalog");
        });
        assertThat(gateway.calls).containsExactly("authenticate");
        assertThat(gateway.closed).isTrue();
    }

    @Test
    void aConnectFailureIsAFindingToo() {
        PreflightReport report = Preflight.run(config(), CloudFixtures.plan(config()), PROFILE, p -> {
            throw new OpenStackException(Kind.CONFIG, "cacert /nope.pem does not exist");
        }, HeldResources.NONE, Catalog.builtIn());
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.name");
            assertThat(f.message()).isEqualTo("cacert /nope.pem does not exist");
        });
    }

    @Test
    void theClustersNetworkFromAnEarlierApplyIsCheckedForCollisions() {
        StubGateway gateway = new StubGateway(facts());
        gateway.networks.add(new OpenStackGateway.Network("n9", "other", false, false, "ACTIVE", List.of(), List.of()));
        gateway.networks.add(new OpenStackGateway.Network("n1", "whatever", false, false, "ACTIVE", List.of("s1"),
                List.of("opencenter-cluster=demo")));
        gateway.subnets.put("n1", List.of(new OpenStackGateway.Subnet("s1", "demo-subnet", "n1", "10.20.0.0/24",
                "10.20.0.1", 4)));
        gateway.ports.put("n1", List.of(new OpenStackGateway.Port("p1", "", "n1", List.of("10.20.0.10"),
                "network:dhcp", null)));
        PreflightReport report = run(gateway);
        assertThat(report.findings()).extracting(Finding::path).containsExactly("spec.kubernetes.apiVip");
        assertThat(gateway.calls).contains("subnets", "ports");
    }
}
