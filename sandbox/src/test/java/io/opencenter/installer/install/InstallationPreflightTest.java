package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.preflight.ListedCloud;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.sandbox.SandboxClients;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.SpecYaml;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an install does before it may create anything: the config copy and preflight. */
class InstallationPreflightTest {
    @TempDir
    Path root;

    private InstallResult install(SandboxCloud sandbox, ListedCloud infrastructure, InstallPhase until,
                                  RecordingListener listener) {
        ClusterConfig config = ClusterConfigs.sandboxDefault();
        CloudConnection cloud = new CloudConnection(sandbox.profile(),
                p -> OpenStackGateways.connect(p, RetryPolicy.none()), p -> infrastructure);
        InstallRequest request = new InstallRequest(config, cloud, new Workspace(root), until, Catalog.builtIn());
        return Installation.run(request, listener, new Cancellation());
    }

    @Test
    void aQuotaOneInstanceShortStopsAtPreflightAndCreatesNothing() throws IOException {
        ListedCloud infrastructure = new ListedCloud();
        RecordingListener listener = new RecordingListener();
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.builder().quota("instances", 4).build())) {
            InstallResult result = install(sandbox, infrastructure, InstallPhase.INFRASTRUCTURE, listener);

            assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.PREFLIGHT_FAILED);
            assertThat(result.lastDone()).isNull();
            assertThat(result.infrastructure()).isNull();
            assertThat(result.message()).contains("nothing was created");
            assertThat(result.preflight().findings()).anyMatch(f -> f.isError() && f.message().startsWith("instances"));
        }
        assertThat(listener.last(InstallPhase.PREFLIGHT)).isEqualTo(PhaseState.FAILED);
        assertThat(listener.last(InstallPhase.INFRASTRUCTURE)).isEqualTo(PhaseState.PENDING);
        assertThat(listener.events).isEmpty();
        assertThat(Files.exists(ClusterFiles.of(new Workspace(root), "demo").journal())).isFalse();
    }

    @Test
    void theConfigIsCopiedOwnerOnlyNextToWhereTheJournalGoes() throws IOException {
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.builder().quota("instances", 4).build())) {
            install(sandbox, new ListedCloud(), InstallPhase.INFRASTRUCTURE, new RecordingListener());
        }
        Path copy = root.resolve("clusters/demo/cluster.yaml");
        assertThat(SpecYaml.load(copy).config()).isEqualTo(ClusterConfigs.sandboxDefault());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
    }

    @Test
    void aResumedInstallIsNotRefusedForTheServersItAlreadyHas() {
        // 5 instances allowed, 2 in use by the cluster's own first two servers: without the discount 5 new ones
        // would not fit; the two are found on the cloud and only 3 are still needed
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.builder().quota("instances", 5).build())) {
            SandboxClients.bootServers(sandbox, "demo-control-plane-1", "demo-control-plane-2");
            InstallResult unaware = install(sandbox, new ListedCloud(), InstallPhase.PREFLIGHT, new RecordingListener());
            assertThat(unaware.outcome()).isEqualTo(InstallResult.Outcome.PREFLIGHT_FAILED);
            assertThat(unaware.preflight().quotaTable()).anyMatch(l -> l.resource().equals("instances") && l.inUse() == 2
                    && l.needed() == 5);

            ListedCloud own = new ListedCloud().with(ResourceKind.SERVER, "demo-control-plane-1", "demo-control-plane-2");
            InstallResult resumed = install(sandbox, own, InstallPhase.PREFLIGHT, new RecordingListener());
            assertThat(resumed.outcome()).as(resumed.message() + resumed.preflight().findings())
                    .isEqualTo(InstallResult.Outcome.COMPLETE);
            assertThat(resumed.lastDone()).isEqualTo(InstallPhase.PREFLIGHT);
            // the cloud's figure stays as it is; what is needed is what the plan still has to create
            assertThat(resumed.preflight().quotaTable()).anyMatch(l -> l.resource().equals("instances")
                    && l.inUse() == 2 && l.needed() == 3);
        }
    }
}
