package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.CloudService;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.sandbox.SandboxCloudProvider;
import io.opencenter.installer.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing, testing and discovering a cloud through install's API, on the real sandbox and client. */
class CloudsSandboxTest {
    @TempDir
    Path home;

    private final SharedSandbox sandbox = new SharedSandbox(new SandboxCloudProvider(SandboxOptions.defaults()));

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Clouds clouds() throws Exception {
        Path cwd = Files.createDirectories(home.resolve("work"));
        return new Clouds(new ConfigLocations(Map.of(), cwd, home, home.resolve("etc")), CloudConnector.standard(),
                sandbox);
    }

    @Test
    void theSandboxStartsOnceEveryServiceAnswersAndDiscoveryFindsWhatItOffers() throws Exception {
        Clouds clouds = clouds();
        CloudConnection connection;
        try (OpenedCloud cloud = clouds.sandbox(null)) {
            connection = cloud.requireConnection();
        }
        assertThat(clouds.sandbox(null).profile().auth().authUrl()).isEqualTo(connection.profile().auth().authUrl())
                .startsWith("http://127.0.0.1:");
        try (CloudProbe probe = CloudProbe.open(connection)) {
            ConnectionReport report = probe.test(c -> { });
            assertThat(report.ok()).as(report.toString()).isTrue();
            assertThat(report.login().auth().projectName()).isEqualTo("demo");
            assertThat(report.services()).extracting(ServiceCheck::service).containsExactly(CloudService.values());
            CloudDiscovery found = probe.discover();
            assertThat(found.flavorNames()).contains("m1.large", "m1.xlarge");
            assertThat(found.describeFlavor("m1.large")).isEqualTo("m1.large \u2014 4 vCPU, 8 GiB RAM");
            assertThat(found.externalNetworkNames()).contains("public");
            assertThat(found.imageNames()).contains("ubuntu-24.04");
        }
    }

    @Test
    void aWrongPasswordFailsLoginAsUnauthorizedAndSkipsTheRest() throws Exception {
        Clouds clouds = clouds();
        var auth = (CloudAuth.Password) clouds.sandbox(null).profile().auth();
        var typed = new CloudProfile("typed", new CloudAuth.Password(auth.authUrl(), auth.username(),
                auth.userDomainName(), Secret.of("wrong"), auth.projectName(), null, auth.projectDomainName()),
                null, null, null, false, "test");
        try (CloudProbe probe = CloudProbe.open(clouds.entered(typed).requireConnection())) {
            ConnectionReport report = probe.test(c -> { });
            ServiceCheck identity = report.services().get(0);
            assertThat(identity.status()).isEqualTo(ServiceCheck.Status.FAILED);
            assertThat(identity.failure()).isEqualTo(OpenStackException.Kind.UNAUTHORIZED);
            assertThat(identity.message()).contains("requires authentication").doesNotContain("wrong");
            assertThat(report.login().problem().message()).contains("rejected user demo").doesNotContain("wrong");
            assertThat(report.services().subList(1, 5)).allMatch(r -> r.status() == ServiceCheck.Status.SKIPPED);
        }
    }

    @Test
    void aSandboxStateFileIsKeptWhereAsked() throws Exception {
        Path state = home.resolve("ws/sandbox/state.json");
        Files.createDirectories(state.getParent());
        try (OpenedCloud cloud = new Clouds(new ConfigLocations(Map.of(), home, home, home.resolve("etc")),
                CloudConnector.standard(), new SandboxCloudProvider(SandboxOptions.defaults())).sandbox(state)) {
            assertThat(cloud.usable()).isTrue();
        }
        assertThat(state).isRegularFile();
    }
}
