package io.opencenter.installer.openstack.contract;

import io.opencenter.installer.openstack.ApplicationCredentials;
import io.opencenter.installer.openstack.ApplicationCredentials.ApplicationCredential;
import io.opencenter.installer.openstack.ApplicationCredentials.IssuedApplicationCredential;
import io.opencenter.installer.openstack.ApplicationCredentials.Permission;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.openstack.OpenStackGateway.Flavor;
import io.opencenter.installer.openstack.OpenStackGateway.Image;
import io.opencenter.installer.openstack.OpenStackGateway.Network;
import io.opencenter.installer.openstack.OpenStackGateway.Quota;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openstack4j.api.Builders;
import org.openstack4j.model.common.ActionResponse;
import org.openstack4j.model.network.Resource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the installer relies on from any OpenStack cloud, written once and run against the sandbox and against
 * real services. Subclasses say which cloud; nothing here knows which one it is talking to.
 */
public abstract class GatewayContract {

    /** Every quota the preflight reads, as service/resource. */
    static final Set<String> QUOTA_RESOURCES = Set.of("compute/instances", "compute/cores", "compute/ramMb",
            "compute/keyPairs", "compute/serverGroups", "volume/volumes", "volume/gigabytes", "network/floatingIps",
            "network/networks", "network/subnets", "network/routers", "network/ports", "network/securityGroups",
            "network/securityGroupRules");

    protected Openstack4jGateway gateway;

    /** The main cloud: password auth, a project with the fixtures (flavors, an image, external network). */
    protected abstract CloudProfile profile();

    /** The same project through an application credential, or null when the cloud has none. */
    protected CloudProfile applicationCredentialProfile() {
        return null;
    }

    /** Limits the cloud is known to set ("service/resource" → limit), e.g. the small quotas of a demo project. */
    protected Map<String, Long> expectedQuotaLimits() {
        return Map.of();
    }

    protected String externalNetworkName() {
        return "public";
    }

    protected RetryPolicy retryPolicy() {
        return RetryPolicy.defaults();
    }

    @BeforeEach
    void connect() {
        gateway = OpenStackGateways.connect(profile(), retryPolicy());
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void loginReturnsIdentityAndCatalogWithTheCoreServices() {
        AuthInfo info = gateway.authenticate();

        assertThat(info.userId()).isNotBlank();
        assertThat(info.projectId()).isNotBlank();
        assertThat(info.expiresAt()).isAfter(Instant.now());
        Set<String> types = info.catalog().stream().map(Endpoint::serviceType).collect(Collectors.toSet());
        assertThat(types).contains("identity", "compute", "network", "image");
        assertThat(types).containsAnyOf("volumev3", "block-storage");
        assertThat(info.catalog()).allSatisfy(e -> assertThat(e.url()).startsWith("http"));
    }

    @Test
    void regionsComeFromTheCatalogAndIncludeTheProfilesRegion() {
        List<String> regions = gateway.regions();

        assertThat(regions).isNotEmpty();
        if (profile().regionName() != null) {
            assertThat(regions).contains(profile().regionName());
        }
    }

    @Test
    void wrongPasswordIsUnauthorizedNamingWhoWasRejectedButNoSecret() {
        assumeTrue(profile().auth() instanceof CloudAuth.Password, "needs a password cloud");
        CloudAuth.Password good = (CloudAuth.Password) profile().auth();
        String wrong = "t-gateway-Wr0ng-" + UUID.randomUUID();
        CloudProfile bad = withAuth(new CloudAuth.Password(good.authUrl(), good.username(), good.userDomainName(),
                Secret.of(wrong), good.projectName(), good.projectId(), good.projectDomainName()));

        try (Openstack4jGateway g = OpenStackGateways.connect(bad, RetryPolicy.none())) {
            OpenStackException e = catchThrowableOfType(g::authenticate, OpenStackException.class);

            assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.getMessage()).contains(good.username(), good.authUrl().replaceAll("/+$", ""));
            assertThat(e.getMessage()).contains(good.projectName() != null ? good.projectName() : good.projectId());
            assertThat(e.getMessage()).contains(good.userDomainName() == null ? "Default" : good.userDomainName());
            assertThat(e.getMessage()).doesNotContain(wrong);
            String real = new String(good.password().reveal());
            // A demo password equal to a name (sandbox: demo/demo) cannot be told apart from that name.
            if (!real.equals(good.username()) && !real.equals(good.projectName())) {
                assertThat(e.getMessage()).doesNotContain(real);
            }
            assertThat(e.toString()).doesNotContain(wrong);
        }
    }

    @Test
    void flavorsCarryVcpuRamAndDisk() {
        List<Flavor> flavors = gateway.flavors();

        assertThat(flavors).isNotEmpty();
        assertThat(flavors).allSatisfy(f -> {
            assertThat(f.id()).isNotBlank();
            assertThat(f.name()).isNotBlank();
            assertThat(f.vcpus()).isPositive();
            assertThat(f.ramMb()).isPositive();
            assertThat(f.diskGb()).isNotNegative();
        });
        assertThat(flavors).anySatisfy(f -> assertThat(f.vcpus()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void imagesCarryMinimumsAndDistro() {
        List<Image> images = gateway.images();

        assertThat(images).isNotEmpty();
        assertThat(images).allSatisfy(i -> {
            assertThat(i.id()).isNotBlank();
            assertThat(i.minDiskGb()).isNotNegative();
            assertThat(i.minRamMb()).isNotNegative();
        });
        assertThat(images).anySatisfy(i -> {
            assertThat(i.status()).isEqualTo("active");
            assertThat(i.osDistro()).isNotBlank();
            assertThat(i.minDiskGb()).isPositive();
        });
    }

    @Test
    void externalNetworkIsFoundWithItsSubnet() {
        List<Network> external = gateway.externalNetworks();

        assertThat(external).allSatisfy(n -> assertThat(n.external()).isTrue());
        Network pub = external.stream().filter(n -> externalNetworkName().equals(n.name())).findFirst().orElseThrow(
                () -> new AssertionError("no external network " + externalNetworkName() + " in " + external));
        assertThat(pub.subnetIds()).isNotEmpty();
        assertThat(gateway.networks()).extracting(Network::id).contains(pub.id());
        assertThat(gateway.subnets(pub.id())).isNotEmpty().allSatisfy(s -> {
            assertThat(s.networkId()).isEqualTo(pub.id());
            assertThat(s.cidr()).contains("/");
            assertThat(s.ipVersion()).isIn(4, 6);
        });
        assertThat(gateway.ports(pub.id())).allSatisfy(p -> assertThat(p.networkId()).isEqualTo(pub.id()));
    }

    @Test
    void availabilityZonesAndKeyPairsCanBeListed() {
        assertThat(gateway.availabilityZones()).isNotEmpty().doesNotContainNull();
        assertThat(gateway.keyPairs()).doesNotContainNull();
    }

    @Test
    void quotasCoverEveryResourceThePreflightNeeds() {
        List<Quota> quotas = gateway.quotas();

        assertThat(quotas.stream().map(q -> q.service() + "/" + q.resource()).collect(Collectors.toSet()))
                .containsAll(QUOTA_RESOURCES);
        assertThat(quotas).allSatisfy(q -> {
            assertThat(q.limit()).isGreaterThanOrEqualTo(-1);
            assertThat(q.inUse()).isNotNegative();
        });
        expectedQuotaLimits().forEach((key, limit) -> assertThat(quotas).as(key)
                .anySatisfy(q -> {
                    assertThat(q.service() + "/" + q.resource()).isEqualTo(key);
                    assertThat(q.limit()).isEqualTo(limit);
                }));
    }

    @Test
    void applicationCredentialLoginWorks() {
        CloudProfile appCred = applicationCredentialProfile();
        assumeTrue(appCred != null, "cloud has no application credential entry");

        try (Openstack4jGateway g = OpenStackGateways.connect(appCred, retryPolicy())) {
            AuthInfo info = g.authenticate();

            assertThat(info.projectId()).isNotBlank();
            assertThat(info.catalog()).isNotEmpty();
            assertThat(g.flavors()).isNotEmpty();
        }
    }

    @Test
    void everyCoreServiceAnswersAProbe() {
        for (String service : List.of("identity", "compute", "network", "image", "volumev3")) {
            gateway.probe(service);
        }
    }

    /** Nova offers 2.15 (the soft server-group policies) on any cloud since 2016, and refuses a version it lacks. */
    @Test
    void novaSaysWhichMicroversionsItOffers() {
        assertThat(gateway.computeSupports("2.15")).isTrue();
        assertThat(gateway.computeSupports("2.999")).isFalse();
    }

    @Test
    void unknownRegionIsNoEndpointListingTheRegionsThatExist() {
        List<String> regions = gateway.regions();
        CloudProfile p = profile();
        CloudProfile elsewhere = new CloudProfile(p.name(), p.auth(), "t-gateway-nowhere", p.interfaceType(),
                p.cacert(), p.insecure(), p.source());

        try (Openstack4jGateway g = OpenStackGateways.connect(elsewhere, RetryPolicy.none())) {
            OpenStackException e = catchThrowableOfType(g::flavors, OpenStackException.class);

            assertThat(e.kind()).isEqualTo(Kind.NO_ENDPOINT);
            assertThat(e.getMessage()).contains("t-gateway-nowhere");
            regions.forEach(r -> assertThat(e.getMessage()).contains(r));
        }
    }

    @Test
    void missingServiceIsNoEndpointListingTheServicesThatExist() {
        OpenStackException e = catchThrowableOfType(
                () -> gateway.withClient("t-gateway-nosuch", "probe", c -> null), OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.NO_ENDPOINT);
        assertThat(e.getMessage()).contains("t-gateway-nosuch", "compute", "network");
    }

    @Test
    void lookupsOfMissingThingsAreEmptyOrNull() {
        String missing = UUID.randomUUID().toString();

        assertThat(gateway.subnets(missing)).isEmpty();
        assertThat(gateway.ports(missing)).isEmpty();
        assertThat(gateway.networksTagged("t-gateway-none-" + missing)).isEmpty();
        Object network = gateway.withClient("network", "get network", c -> c.networking().network().get(missing));
        Object flavor = gateway.withClient("compute", "get flavor", c -> c.compute().flavors().get(missing));
        assertThat(network).isNull();
        assertThat(flavor).isNull();
    }

    @Test
    void aTaggedNetworkIsFoundByItsTag() {
        String tag = "t-gateway-" + UUID.randomUUID().toString().substring(0, 8);
        String id = gateway.withClient("network", "create network", c -> c.networking().network()
                .create(Builders.network().name(tag).adminStateUp(true).build()).getId());
        try {
            ActionResponse tagged = gateway.withClient("network", "tag network",
                    c -> c.networking().resourceTags().addSingle(Resource.NETWORK, id, tag));
            assertThat(tagged.isSuccess()).as(tagged.getFault()).isTrue();

            List<Network> found = gateway.networksTagged(tag);

            assertThat(found).extracting(Network::id).containsExactly(id);
            assertThat(found.get(0).tags()).contains(tag);
            assertThat(gateway.networks()).anySatisfy(n -> {
                assertThat(n.id()).isEqualTo(id);
                assertThat(n.tags()).contains(tag);
            });
        } finally {
            gateway.withClient("network", "delete network", c -> c.networking().network().delete(id));
        }
        assertThat(gateway.networksTagged(tag)).isEmpty();
    }

    @Test
    void anApplicationCredentialIsCreatedFoundUsedAndDeleted() {
        ApplicationCredentials credentials = gateway.applicationCredentials();
        String name = "t-gateway-ac-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            IssuedApplicationCredential issued = credentials.create(name, "contract test");

            String secret = new String(issued.secret().reveal());
            assertThat(issued.id()).isNotBlank();
            assertThat(secret).hasSizeGreaterThan(20);
            assertThat(issued.toString()).doesNotContain(secret);
            ApplicationCredential made = issued.credential();
            assertThat(made.name()).isEqualTo(name);
            assertThat(made.description()).isEqualTo("contract test");
            assertThat(made.unrestricted()).isFalse();
            assertThat(made.projectId()).isEqualTo(gateway.authenticate().projectId());
            assertThat(made.roles()).contains("member");
            assertThat(credentials.named(name)).containsExactly(made);
            assertThat(credentials.byId(issued.id())).contains(made);

            OpenStackException twice = catchThrowableOfType(() -> credentials.create(name, "again"),
                    OpenStackException.class);
            assertThat(twice.kind()).isEqualTo(Kind.CONFLICT);
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.getMessage()).contains(name);

            CloudProfile asCredential = withAuth(new CloudAuth.ApplicationCredential(profile().auth().authUrl(),
                    issued.id(), null, null, null, issued.secret()));
            try (Openstack4jGateway g = OpenStackGateways.connect(asCredential, RetryPolicy.none())) {
                assertThat(g.authenticate().projectId()).isEqualTo(made.projectId());
                assertThat(g.flavors()).isNotEmpty();
                assertThat(g.applicationCredentials().permission())
                        .isEqualTo(new Permission(false, issued.id()));
            }

            assertThat(credentials.delete(issued.id())).isTrue();
            assertThat(credentials.byId(issued.id())).isEmpty();
            assertThat(credentials.named(name)).isEmpty();
            assertThat(credentials.delete(issued.id())).isFalse();
        } finally {
            credentials.named(name).forEach(c -> credentials.delete(c.id()));
        }
    }

    @Test
    void aPasswordLoginMayManageApplicationCredentials() {
        assumeTrue(profile().auth() instanceof CloudAuth.Password, "needs a password cloud");

        assertThat(gateway.applicationCredentials().permission()).isEqualTo(Permission.ALLOWED);
        assertThat(gateway.applicationCredentials().named("t-gateway-none-" + UUID.randomUUID())).isEmpty();
        assertThat(gateway.applicationCredentials().byId(UUID.randomUUID().toString().replace("-", ""))).isEmpty();
    }

    @Test
    void aRestrictedApplicationCredentialMayListButNotCreateAnother() {
        CloudProfile appCred = applicationCredentialProfile();
        assumeTrue(appCred != null, "cloud has no application credential entry");
        String name = "t-gateway-ac-" + UUID.randomUUID().toString().substring(0, 8);

        try (Openstack4jGateway g = OpenStackGateways.connect(appCred, RetryPolicy.none())) {
            ApplicationCredentials credentials = g.applicationCredentials();
            String usedId = ((CloudAuth.ApplicationCredential) appCred.auth()).id();

            assertThat(credentials.permission()).isEqualTo(new Permission(false, usedId));
            assertThat(credentials.byId(usedId)).hasValueSatisfying(c -> assertThat(c.unrestricted()).isFalse());
            OpenStackException refused = catchThrowableOfType(() -> credentials.create(name, "refused"),
                    OpenStackException.class);
            assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
            assertThat(refused.getMessage()).contains("application_credential");
            assertThat(credentials.named(name)).isEmpty();
        }
    }

    @Test
    void unknownProbeTypeIsAConfigError() {
        assertThatThrownBy(() -> gateway.probe("t-gateway-nosuch"))
                .isInstanceOfSatisfying(OpenStackException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFIG));
    }

    private CloudProfile withAuth(CloudAuth auth) {
        CloudProfile p = profile();
        return new CloudProfile(p.name(), auth, p.regionName(), p.interfaceType(), p.cacert(), p.insecure(),
                p.source());
    }
}
