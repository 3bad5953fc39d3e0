package io.opencenter.installer.ui.wizard.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.preflight.QuotaLine;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.wizard.cloud.ServiceResult.Status;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The page's background work against the real sandbox, gateway and preflight (no window). */
class RealPiecesTest {
    private final LazySandbox sandbox = new LazySandbox(SandboxOptions.builder().quota("instances", 4).build());

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theSandboxStartsOnceAndEveryServiceAnswers() {
        var profile = sandbox.start();
        assertThat(sandbox.start().auth().authUrl()).isEqualTo(profile.auth().authUrl());
        assertThat(profile.auth().authUrl()).startsWith("http://127.0.0.1:");
        try (var gateway = OpenStackGateways.connect(profile)) {
            List<ServiceResult> results = ConnectionTester.test(gateway, r -> {});
            assertThat(results).hasSize(5).allMatch(ServiceResult::ok);
            CloudDiscovery found = CloudDiscovery.discover(gateway);
            assertThat(found.flavorNames()).contains("m1.large", "m1.xlarge");
            assertThat(found.describeFlavor("m1.large")).isEqualTo("m1.large \u2014 4 vCPU, 8 GiB RAM");
            assertThat(found.externalNetworkNames()).contains("public");
            assertThat(found.imageNames()).contains("ubuntu-24.04");
        }
    }

    @Test
    void aWrongPasswordFailsLoginAsUnauthorizedAndSkipsTheRest() {
        var good = sandbox.start();
        var auth = (CloudAuth.Password) good.auth();
        var bad = new io.opencenter.installer.openstack.CloudProfile("typed", new CloudAuth.Password(auth.authUrl(),
                auth.username(), auth.userDomainName(), Secret.of("wrong"), auth.projectName(), null,
                auth.projectDomainName()), null, null, null, false, "test");
        try (var gateway = OpenStackGateways.connect(bad)) {
            List<ServiceResult> results = ConnectionTester.test(gateway, r -> {});
            assertThat(results.get(0).status()).isEqualTo(Status.FAILED);
            assertThat(results.get(0).failure()).isEqualTo(OpenStackException.Kind.UNAUTHORIZED);
            assertThat(results.get(0).message()).contains("requires authentication").doesNotContain("wrong");
            assertThat(results.subList(1, 5)).allMatch(r -> r.status() == Status.SKIPPED);
        }
    }

    @Test
    void preflightNamesTheShortQuotaInThePagesShape() {
        var profile = sandbox.start();
        CloudCheck check = PreflightRunners.of(Catalog::builtIn).run(ClusterConfigs.sandboxDefault(), profile, null);
        assertThat(check.hasErrors()).isTrue();
        assertThat(check.findings()).anyMatch(f -> f.isError() && f.message().startsWith("instances"));
        assertThat(check.quotas()).anyMatch(r -> r.resource().equals("instances") && !r.ok() && r.limit() == 4
                && r.needed() == 5);
    }

    @Test
    void quotaLinesKeepTheirPart() {
        CloudCheck check = PreflightRunners.toCheck(new PreflightReport(List.of(Finding.warning("x", "m", null)),
                List.of(new QuotaLine("volumes", QuotaLine.INFRASTRUCTURE, 5, 0, 10, true),
                        new QuotaLine("volumes", QuotaLine.ADDONS, 24, 0, 10, false))));
        assertThat(check.quotas()).extracting(CloudCheck.QuotaRow::part)
                .containsExactly(CloudCheck.QuotaRow.Part.INFRASTRUCTURE, CloudCheck.QuotaRow.Part.ADDONS);
        assertThat(check.hasErrors()).isFalse();
    }
}
