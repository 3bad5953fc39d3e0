package io.opencenter.installer.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.ClusterPreflight;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.OpenStackGateway.Quota;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Preflight over real HTTP against the in-process sandbox cloud, through the openstack4j gateway. */
class PreflightSandboxTest {
    private SandboxCloud sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private PreflightReport preflight(SandboxOptions options, ClusterConfig config) {
        sandbox = SandboxCloud.start(options);
        return preflightOn(config, sandbox.profile());
    }

    /** The installer's one preflight (as every face runs it) on {@code profile}. */
    private static PreflightReport preflightOn(ClusterConfig config, CloudProfile profile) {
        return ClusterPreflight.run(config, new CloudConnection(profile, OpenStackGateways::connect,
                InfrastructureClouds::connect), Catalog.builtIn());
    }

    /** Every quota's usage plus the number of networks: what preflight must leave unchanged. */
    private static Map<String, Long> footprint(CloudProfile profile) {
        try (OpenStackGateway gateway = OpenStackGateways.connect(profile)) {
            Map<String, Long> used = new TreeMap<>();
            for (Quota q : gateway.quotas()) {
                used.put(q.service() + "/" + q.resource(), q.inUse());
            }
            used.put("networks visible", (long) gateway.networks().size());
            return used;
        }
    }

    @Test
    void theSandboxConfigPassesWithAFullQuotaTableAndCreatesNothing() {
        sandbox = SandboxCloud.start(SandboxOptions.defaults());
        Map<String, Long> before = footprint(sandbox.profile());
        PreflightReport report = preflightOn(ClusterConfigs.sandboxDefault(), sandbox.profile());
        assertThat(report.findings()).filteredOn(Finding::isError).isEmpty();
        assertThat(report.quotaTable()).hasSize(QuotaResource.values().length + 4).allMatch(QuotaLine::ok);
        assertThat(report.quotaTable()).filteredOn(l -> l.resource().equals("instances")).singleElement()
                .satisfies(l -> {
                    assertThat(l.needed()).isEqualTo(5);
                    assertThat(l.limit()).isEqualTo(50);
                });
        assertThat(footprint(sandbox.profile())).isEqualTo(before);
    }

    @Test
    void oneInstanceShortIsAnErrorNamingInstances() {
        PreflightReport report = preflight(SandboxOptions.builder().quota("instances", 4).build(),
                ClusterConfigs.sandboxDefault());
        assertThat(report.findings()).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.workerPools[0].count");
            assertThat(f.message()).isEqualTo("instances: need 5, in use 0, limit 4");
        });
    }

    @Test
    void aWrongFlavorGetsTheClosestName() {
        ClusterConfig c = CloudFixtures.withControlPlane(ClusterConfigs.sandboxDefault(),
                new ClusterSpec.ControlPlane(3, "m1.lrage", "ubuntu-24.04", 40));
        PreflightReport report = preflight(SandboxOptions.defaults(), c);
        assertThat(report.findings()).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.controlPlane.flavor");
            assertThat(f.hint()).startsWith("did you mean m1.large?");
        });
    }

    @Test
    void aWrongRegionListsTheRegions() {
        ClusterConfig c = CloudFixtures.withCloud(ClusterConfigs.sandboxDefault(),
                new ClusterSpec.Cloud(null, "RegionTwo", null, true));
        PreflightReport report = preflight(SandboxOptions.defaults(), c);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.region");
            assertThat(f.message()).isEqualTo("region RegionTwo is not in the service catalog");
            assertThat(f.hint()).contains("RegionOne");
        });
    }

    @Test
    void aWrongPasswordNamesTheUserProjectDomainAndUrl() {
        sandbox = SandboxCloud.start(SandboxOptions.defaults());
        CloudProfile good = sandbox.profile();
        var p = (io.opencenter.installer.openstack.CloudAuth.Password) good.auth();
        CloudProfile bad = new CloudProfile(good.name(), new io.opencenter.installer.openstack.CloudAuth.Password(
                p.authUrl(), p.username(), p.userDomainName(),
                io.opencenter.installer.openstack.Secret.of("wrong-pw-42"), p.projectName(), p.projectId(),
                p.projectDomainName()), good.regionName(), good.interfaceType(), null, false, good.source());
        PreflightReport report = preflightOn(ClusterConfigs.sandboxDefault(), bad);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.name");
            assertThat(f.message()).contains("rejected user demo (domain Default) in project demo (domain Default)")
                    .contains(p.authUrl()).doesNotContain("wrong-pw-42");
        });
        assertThat(report.quotaTable()).isEmpty();
    }

    @Test
    void theAddonGigabytesAreCheckedAgainstTheSandboxsCinderQuota() {
        PreflightReport report = preflight(SandboxOptions.builder().quota("gigabytes", 500).build(),
                ClusterConfigs.sandboxDefault());
        List<Finding> errors = report.findings().stream().filter(Finding::isError).toList();
        assertThat(errors).extracting(Finding::path).containsExactly("spec.platform.disabled");
        assertThat(errors.get(0).message()).startsWith("gigabytes: need 827 (320 for the nodes + 507");
    }
}
