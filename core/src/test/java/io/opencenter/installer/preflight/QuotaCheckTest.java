package io.opencenter.installer.preflight;

import static io.opencenter.installer.preflight.CloudFixtures.config;
import static io.opencenter.installer.preflight.CloudFixtures.facts;
import static io.opencenter.installer.preflight.CloudFixtures.withQuota;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.OpenStackGateway.Quota;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaCheckTest {

    private static PreflightReport run(ClusterConfig c, CloudFacts f) {
        return CloudFixtures.check(c, f);
    }

    @Test
    void aHealthyCloudGivesNoFindingsAndAFullTable() {
        PreflightReport report = run(config(), facts());
        assertThat(report.findings()).isEmpty();
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.quotaTable()).filteredOn(l -> l.part().equals(QuotaLine.INFRASTRUCTURE))
                .extracting(QuotaLine::resource)
                .containsExactly("instances", "cores", "ramMb", "volumes", "gigabytes", "serverGroups", "keyPairs",
                        "networks", "subnets", "routers", "ports", "floatingIps", "securityGroups", "securityGroupRules");
        assertThat(report.quotaTable()).filteredOn(l -> l.part().equals(QuotaLine.ADDONS))
                .extracting(QuotaLine::resource).containsExactly("volumes", "gigabytes", "ports", "floatingIps");
        assertThat(report.quotaTable()).allMatch(QuotaLine::ok);
        QuotaLine instances = report.quotaTable().get(0);
        assertThat(instances).isEqualTo(new QuotaLine("instances", QuotaLine.INFRASTRUCTURE, 5, 0, 100, true));
    }

    @Test
    void oneInstanceShortNamesTheQuotaAtTheWorkerCount() {
        PreflightReport report = run(config(), withQuota(facts(), QuotaResource.INSTANCES, 5, 1));
        assertThat(report.findings()).containsExactly(Finding.error("spec.workerPools[0].count",
                "instances: need 5, in use 1, limit 5",
                "ask the cloud admin to raise it (openstack quota set --instances N <project>), or plan fewer nodes"));
        assertThat(report.quotaTable().get(0).ok()).isFalse();
    }

    @Test
    void exactlyEnoughIsEnough() {
        assertThat(run(config(), withQuota(facts(), QuotaResource.INSTANCES, 5, 0)).findings()).isEmpty();
    }

    @Test
    void withoutWorkersTheControlPlaneCountIsBlamed() {
        ClusterConfig c = CloudFixtures.withWorkers(config(), new ClusterSpec.WorkerPool("idle", 0, "m1.large",
                "ubuntu-24.04", 0));
        PreflightReport report = run(c, withQuota(facts(), QuotaResource.CORES, 10, 0));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.controlPlane.count");
            assertThat(f.message()).isEqualTo("cores: need 12, in use 0, limit 10");
        });
    }

    @Test
    void shortOfGigabytesForTheNodesPointsAtTheVolumeSize() {
        PreflightReport report = run(config(), withQuota(facts(), QuotaResource.GIGABYTES, 300, 0));
        assertThat(report.findings()).extracting(Finding::path).containsExactly("spec.controlPlane.volumeSizeGb");
        assertThat(report.findings().get(0).message()).isEqualTo("gigabytes: need 320, in use 0, limit 300");
    }

    @Test
    void shortOfGigabytesOnlyBecauseOfTheAddonsPointsAtTheDisabledServices() {
        PreflightReport report = run(config(), withQuota(facts(), QuotaResource.GIGABYTES, 800, 0));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.platform.disabled");
            assertThat(f.message()).isEqualTo(
                    "gigabytes: need 827 (320 for the nodes + 507 for the platform services), in use 0, limit 800");
            assertThat(f.hint()).contains("--gigabytes").contains("disable optional services");
        });
        List<QuotaLine> gb = report.quotaTable().stream().filter(l -> l.resource().equals("gigabytes")).toList();
        assertThat(gb).extracting(QuotaLine::part, QuotaLine::needed, QuotaLine::ok)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(QuotaLine.INFRASTRUCTURE, 320L, true),
                        org.assertj.core.groups.Tuple.tuple(QuotaLine.ADDONS, 507L, false));
    }

    @Test
    void theGenericProfileNeedsNoAddonGigabytes() {
        ClusterConfig c = CloudFixtures.withPlatform(config(), new ClusterSpec.Platform("generic", null, null, null));
        assertThat(run(c, withQuota(facts(), QuotaResource.GIGABYTES, 320, 0)).findings()).isEmpty();
    }

    @Test
    void portsInUseCountAgainstTheHeadroom() {
        PreflightReport report = run(config(), withQuota(facts(), QuotaResource.PORTS, 20, 13));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.workerPools[0].count");
            assertThat(f.message()).isEqualTo("ports: need 8, in use 13, limit 20");
        });
    }

    @Test
    void networkQuotasPointAtTheCloudEntry() {
        PreflightReport report = run(config(), withQuota(facts(), QuotaResource.FLOATING_IPS, 3, 3));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.name");
            assertThat(f.message()).isEqualTo("floatingIps: need 1, in use 3, limit 3");
            assertThat(f.hint()).contains("--floating-ips");
        });
    }

    @Test
    void securityGroupRulesAreCountedWithNeutronsDefaultEgressRules() {
        PreflightReport report = run(config(), withQuota(facts(), QuotaResource.SECURITY_GROUP_RULES, 30, 10));
        assertThat(report.findings()).singleElement().extracting(Finding::message)
                .isEqualTo("securityGroupRules: need 21, in use 10, limit 30");
    }

    @Test
    void aKeyPairQuotaPointsAtTheSshKey() {
        ClusterConfig c = CloudFixtures.withSshKey(config(), "~/.ssh/id.pub");
        PreflightReport report = run(c, withQuota(facts(), QuotaResource.KEY_PAIRS, 2, 2));
        assertThat(report.findings()).extracting(Finding::path).containsExactly("spec.sshPublicKeyFile");
    }

    @Test
    void unlimitedIsAlwaysEnough() {
        PreflightReport report = run(config(), withQuota(facts(), QuotaResource.INSTANCES, -1, 5000));
        assertThat(report.findings()).isEmpty();
        assertThat(report.quotaTable().get(0)).satisfies(l -> {
            assertThat(l.unlimited()).isTrue();
            assertThat(l.ok()).isTrue();
        });
    }

    @Test
    void quotasTheCloudDoesNotReportAreAWarningNotAGuess() {
        CloudFacts f = facts();
        List<Quota> noVolume = f.quotas().stream()
                .filter(q -> !q.resource().equals("volumes") && !q.resource().equals("gigabytes")).toList();
        CloudFacts partial = new CloudFacts(f.auth(), f.profileRegion(), f.interfaceType(), f.availabilityZones(),
                f.flavors(), f.images(), f.externalNetworks(), null, noVolume, List.of());
        PreflightReport report = run(config(), partial);
        assertThat(report.findings()).singleElement().satisfies(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.message()).contains("volumes, gigabytes");
        });
        assertThat(report.quotaTable()).noneMatch(l -> l.resource().equals("volumes"));
    }

    @Test
    void severalShortQuotasAreAllReported() {
        CloudFacts f = withQuota(withQuota(facts(), QuotaResource.INSTANCES, 4, 0), QuotaResource.ROUTERS, 0, 0);
        assertThat(run(config(), f).findings()).extracting(Finding::message)
                .containsExactly("instances: need 5, in use 0, limit 4", "routers: need 1, in use 0, limit 0");
    }
}
