package io.opencenter.installer.preflight;

import static io.opencenter.installer.preflight.CloudFixtures.config;
import static io.opencenter.installer.preflight.CloudFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import org.junit.jupiter.api.Test;

/** A soft server-group policy needs a Nova with microversion 2.15; preflight asks only when the config wants one. */
class ServerGroupCheckTest {
    private static final CloudProfile PROFILE = new CloudProfile("mycloud",
            new CloudAuth.Password("https://keystone.example:5000/v3", "alice", "Default", Secret.of("pw"),
                    "prod", null, "Default"), "RegionOne", null, null, false, "clouds.yaml");

    private static ClusterConfig withPolicy(String policy) {
        ClusterSpec.ControlPlane cp = config().spec().controlPlane();
        return CloudFixtures.withControlPlane(config(), new ClusterSpec.ControlPlane(cp.count(), cp.flavor(),
                cp.image(), cp.volumeSizeGb(), policy));
    }

    private static PreflightReport run(ClusterConfig config, StubGateway gateway) {
        return Preflight.run(config, CloudFixtures.plan(config), gateway, PROFILE, HeldResources.NONE,
                Catalog.builtIn());
    }

    @Test
    void aNovaWithoutTheSoftPoliciesIsReportedAtThePolicyWithTheWayBack() {
        StubGateway old = new StubGateway(facts());
        old.microversionsOffered = false;

        PreflightReport report = run(withPolicy("soft-anti-affinity"), old);

        assertThat(old.calls).contains("computeSupports 2.15");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.controlPlane.serverGroupPolicy");
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).contains("does not offer soft-anti-affinity").contains("2.15");
            assertThat(f.hint()).contains("serverGroupPolicy: anti-affinity");
        });
    }

    @Test
    void aNovaWithThemPassesAndTheHardPolicyNeverAsks() {
        StubGateway modern = new StubGateway(facts());
        assertThat(run(withPolicy("soft-anti-affinity"), modern).findings()).isEmpty();
        assertThat(modern.calls).contains("computeSupports 2.15");

        StubGateway old = new StubGateway(facts());
        old.microversionsOffered = false;
        for (String hard : new String[] {"anti-affinity", null}) {
            assertThat(run(withPolicy(hard), old).findings()).extracting(Finding::path)
                    .doesNotContain("spec.controlPlane.serverGroupPolicy");
        }
        assertThat(old.calls).noneMatch(c -> c.startsWith("computeSupports"));
    }

    @Test
    void thePureCheckReadsTheFact() {
        CloudFacts f = facts();
        CloudFacts without = new CloudFacts(f.auth(), f.profileRegion(), f.interfaceType(), f.availabilityZones(),
                f.flavors(), f.images(), f.externalNetworks(), f.reusedNetwork(), f.quotas(), f.held(), false);
        assertThat(ServerGroupCheck.check(withPolicy("soft-anti-affinity"), without)).hasSize(1);
        assertThat(ServerGroupCheck.check(withPolicy("soft-anti-affinity"), f)).isEmpty();
        assertThat(ServerGroupCheck.check(withPolicy("anti-affinity"), without)).isEmpty();
    }
}
