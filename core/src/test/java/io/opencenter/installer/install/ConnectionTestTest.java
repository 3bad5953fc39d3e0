package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.CloudService;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.install.ServiceCheck.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionTestTest {
    private final CloudProfile profile = ScriptedGateway.profile("s3cret", "RegionOne");

    @Test
    void theLoginThenOneTimedReadPerServiceAtItsCatalogEndpoint() {
        ScriptedGateway gateway = new ScriptedGateway(profile, "s3cret");
        List<ServiceCheck> seen = new ArrayList<>();
        List<LoginCheck> logins = new ArrayList<>();

        ConnectionReport report = test(gateway, new ConnectionProgress() {
            @Override
            public void service(ServiceCheck check) {
                assertThat(logins).as("the login is reported first").hasSize(1);
                seen.add(check);
            }

            @Override
            public void login(LoginCheck login) {
                logins.add(login);
            }
        });

        assertThat(report.ok()).isTrue();
        assertThat(report.login().ok()).isTrue();
        assertThat(report.login().auth().userName()).isEqualTo("demo");
        assertThat(report.services()).extracting(ServiceCheck::service).containsExactly(CloudService.values());
        assertThat(report.services()).allMatch(c -> c.ok() && c.timed());
        assertThat(report.services().get(1).endpoint()).isEqualTo("http://127.0.0.1/compute");
        assertThat(seen).isEqualTo(report.services());
        assertThat(logins).containsExactly(report.login());
        assertThat(gateway.probed).containsExactly("identity", "compute", "network", "image", "volumev3");
        assertThat(gateway.closed).isTrue();
    }

    @Test
    void aRefusedLoginIsTheIdentityFailureWithAFindingAndSkipsTheRest() {
        ScriptedGateway gateway = new ScriptedGateway(profile, "other");

        ConnectionReport report = test(gateway, c -> { });

        assertThat(report.ok()).isFalse();
        assertThat(report.login().ok()).isFalse();
        assertThat(report.login().problem().path()).isEqualTo("spec.cloud.name");
        assertThat(report.login().problem().message()).contains("rejected user demo").contains(ScriptedGateway.AUTH_URL)
                .doesNotContain("s3cret");
        ServiceCheck identity = report.services().get(0);
        assertThat(identity.status()).isEqualTo(Status.FAILED);
        assertThat(identity.failure()).isEqualTo(OpenStackException.Kind.UNAUTHORIZED);
        assertThat(identity.message()).contains("requires authentication");
        assertThat(report.services().subList(1, 5)).allMatch(c -> c.status() == Status.SKIPPED && !c.timed());
        assertThat(gateway.probed).isEmpty();
    }

    @Test
    void aServiceMissingFromTheRegionFailsWithoutACallAndTheOthersStillRun() {
        ScriptedGateway gateway = new ScriptedGateway(profile, "s3cret");
        gateway.catalog.removeIf(e -> e.serviceType().equals("network"));
        gateway.catalog.add(new Endpoint("network", "neutron", "RegionTwo", "public", "http://127.0.0.1/n2"));

        ConnectionReport report = test(gateway, c -> { });

        ServiceCheck network = report.services().get(2);
        assertThat(network.status()).isEqualTo(Status.FAILED);
        assertThat(network.timed()).isFalse();
        assertThat(network.failure()).isEqualTo(OpenStackException.Kind.NO_ENDPOINT);
        assertThat(network.message()).isEqualTo("no public endpoint in region RegionOne");
        assertThat(report.services()).filteredOn(ServiceCheck::ok).hasSize(4);
        assertThat(gateway.probed).doesNotContain("network");
    }

    @Test
    void blockStorageGoesByEitherCatalogTypeAndAFailedReadCarriesTheCloudsMessage() {
        ScriptedGateway gateway = new ScriptedGateway(profile, "s3cret");
        gateway.catalog.removeIf(e -> e.serviceType().equals("volumev3"));
        gateway.catalog.add(new Endpoint("block-storage", "cinder", "RegionOne", "public", "http://127.0.0.1/bs"));
        gateway.probeFailures.put("block-storage", new OpenStackException(OpenStackException.Kind.SERVER_ERROR, 500,
                "Cinder said 500 (GET /limits)", null));
        gateway.probeFailures.put("image", new IllegalStateException("library bug"));

        ConnectionReport report = test(gateway, c -> { });

        ServiceCheck cinder = report.services().get(4);
        assertThat(cinder.endpoint()).isEqualTo("http://127.0.0.1/bs");
        assertThat(cinder.message()).isEqualTo("Cinder said 500 (GET /limits)");
        ServiceCheck image = report.services().get(3);
        assertThat(image.failure()).isEqualTo(OpenStackException.Kind.SERVER_ERROR);
        assertThat(image.message()).isEqualTo("library bug");
        assertThat(report.ok()).isFalse();
    }

    @Test
    void anInterruptedTestStopsBetweenServices() {
        ScriptedGateway gateway = new ScriptedGateway(profile, "s3cret");
        List<ServiceCheck> seen = new ArrayList<>();
        ConnectionReport report;
        try {
            report = test(gateway, c -> {
                seen.add(c);
                Thread.currentThread().interrupt();
            });
        } finally {
            Thread.interrupted();
        }
        assertThat(report.services()).hasSize(1);
        assertThat(report.ok()).isFalse();
    }

    private ConnectionReport test(ScriptedGateway gateway, ConnectionProgress progress) {
        CloudConnection connection = new CloudConnection(profile, p -> gateway, p -> null);
        try (CloudProbe probe = CloudProbe.open(connection)) {
            return probe.test(progress);
        }
    }
}
