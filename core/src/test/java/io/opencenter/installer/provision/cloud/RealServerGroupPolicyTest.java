package io.opencenter.installer.provision.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.ConsoleLogs;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.SpecYaml;
import io.opencenter.installer.workspace.ClusterFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real lane of the server group policy: on the harness's Nova (three fake hypervisors), five control-plane nodes in
 * a hard anti-affinity group leave the nodes beyond the hosts without one ("No valid host was found") and the
 * failure says why and how to change the policy; the same install with soft-anti-affinity then completes. A placed
 * node's console log is fetched and saved: Nova's fake virt driver answers a fixed text. Enabled like the other real
 * lanes by {@code OS_CLIENT_CONFIG_FILE} and {@code OS_CLOUD}; provisions in {@value #CLOUD}, counts the hosts as
 * {@value #ADMIN} (hypervisors are an admin's to list), and removes what it made, also when an assertion fails.
 */
@EnabledIfEnvironmentVariable(named = "OS_CLIENT_CONFIG_FILE", matches = ".+")
@EnabledIfEnvironmentVariable(named = "OS_CLOUD", matches = ".+")
class RealServerGroupPolicyTest {
    static final String CLOUD = "osr-ops";
    static final String ADMIN = "osr-admin";
    private static final int CONTROL_PLANES = 5;
    /** nova/virt/fake.py FakeDriver.get_console_output, Nova 26 (Zed). */
    private static final String FAKE_DRIVER_CONSOLE = "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE";
    private static final ApplyOptions OPTIONS = new ApplyOptions(4, true, Duration.ofMillis(300),
            Duration.ofSeconds(2), Duration.ofMinutes(5));

    @TempDir
    Path dir;

    @Test
    void fiveHardAntiAffinityNodesOnThreeHostsFailWithTheWayOutAndSoftCompletes() throws Exception {
        Path file = Path.of(System.getenv("OS_CLIENT_CONFIG_FILE"));
        var clouds = CloudsYaml.load();
        assumeTrue(Files.isRegularFile(file) && clouds.profile(CLOUD).isPresent() && clouds.profile(ADMIN).isPresent(),
                "no '" + CLOUD + "' and '" + ADMIN + "' entries in " + file);
        int hosts = computeHosts(clouds.require(ADMIN));
        assumeTrue(hosts < CONTROL_PLANES, hosts + " compute hosts: five anti-affinity members all fit");
        CloudProfile profile = clouds.require(CLOUD);
        String cluster = "sg-" + UUID.randomUUID().toString().substring(0, 8);
        InfrastructureCloud cloud = InfrastructureClouds.connect(profile);
        try {
            ApplyResult hard = apply(cloud, plan(cluster, "anti-affinity"));
            assertThat(hard.outcome()).isEqualTo(ApplyResult.Outcome.FAILED);
            assertThat(hard.failures()).hasSize(CONTROL_PLANES - hosts).allSatisfy(f -> assertThat(f.reason())
                    .contains("No valid host was found")
                    .contains("fewer compute hosts available to this project than 5 control-plane nodes")
                    .contains("spec.controlPlane.serverGroupPolicy: soft-anti-affinity"));

            List<CloudObject> placed = cloud.list(ResourceKind.SERVER, cluster).stream()
                    .filter(s -> s.state() == CloudObject.State.READY).toList();
            assertThat(placed).hasSize(hosts);
            ClusterFiles files = new ClusterFiles(dir.resolve("clusters").resolve(cluster));
            ConsoleLogs.Result saved = ConsoleLogs.fetchAndSave(cloud, files, placed.get(0).name(), placed.get(0).id());
            // seen on the loaded harness: one of nova-api's two uWSGI workers stopped getting RPC replies, so every
            // console read it took ended in Nova's own 60 s MessagingTimeout; a later read may reach the other one
            for (int attempt = 2; attempt <= 3 && !saved.saved(); attempt++) {
                saved = ConsoleLogs.fetchAndSave(cloud, files, placed.get(0).name(), placed.get(0).id());
            }
            assertThat(saved.saved()).as(saved.describe()).isTrue();
            assertThat(Files.readString(saved.file())).isEqualTo(FAKE_DRIVER_CONSOLE);

            ApplyResult soft = apply(cloud, plan(cluster, "soft-anti-affinity"));
            assertThat(soft.failures()).isEmpty();
            assertThat(soft.complete()).isTrue();
            assertThat(cloud.list(ResourceKind.SERVER_GROUP, cluster)).singleElement()
                    .satisfies(g -> assertThat(g.detail()).isEqualTo("soft-anti-affinity"));
            assertThat(cloud.list(ResourceKind.SERVER, cluster)).hasSize(CONTROL_PLANES)
                    .allMatch(s -> s.state() == CloudObject.State.READY);
        } finally {
            assertThat(ContractFixture.destroy(cloud, cluster)).as("cleanup of %s", cluster).isEmpty();
        }
    }

    private ApplyResult apply(InfrastructureCloud cloud, ProvisioningPlan plan) {
        try (Journal journal = Journal.open(dir.resolve("journal.jsonl"))) {
            return Applier.apply(plan, cloud, journal, OPTIONS, ProvisionListener.NONE, new Cancellation());
        }
    }

    /** The sandbox example on {@value #CLOUD}: five small control-plane nodes from the image, no workers. */
    private static ProvisioningPlan plan(String cluster, String policy) throws Exception {
        ClusterConfig c = SpecYaml.load(Path.of("examples", "sandbox-cluster.yaml")).config();
        ClusterSpec s = c.spec();
        ClusterSpec spec = new ClusterSpec(new ClusterSpec.Cloud(CLOUD, null, null, false), s.kubernetes(),
                s.network(), new ClusterSpec.ControlPlane(CONTROL_PLANES, "m1.small", "ubuntu-24.04", 0, policy),
                List.of(), null, s.platform(), s.provisioning(), s.offline());
        return PlanBuilder.build(new ClusterConfig(c.apiVersion(), c.kind(), new ClusterConfig.Metadata(cluster),
                spec));
    }

    private static int computeHosts(CloudProfile admin) {
        try (Openstack4jGateway gateway = OpenStackGateways.connect(admin, RetryPolicy.defaults())) {
            return gateway.withClient("compute", "list hypervisors", c -> c.compute().hypervisors().list()).size();
        }
    }
}
