package io.opencenter.installer.install;

import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import java.io.IOException;
import java.net.URI;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.provision.destroy.DestroyInventory;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installs on the sandbox through the real provisioning client: the phases, resume, and the uninstall entry. */
class InstallationTest {
    private static final ClusterConfig CONFIG = ClusterConfigs.sandboxDefault();
    private static final int SIZE = PlanBuilder.build(CONFIG).resources().size();
    private static final List<ServiceDef> ENABLED = Catalog.builtIn().select(Profile.fromId(
            CONFIG.spec().platform() == null ? null : CONFIG.spec().platform().profile()), List.of()).enabled();

    @TempDir
    Path root;

    private SandboxCloud sandbox;
    private Workspace workspace;

    @BeforeEach
    void start() {
        sandbox = SandboxCloud.start(SandboxOptions.builder().serverActiveDelay(Duration.ofMillis(100))
                .volumeAvailableDelay(Duration.ofMillis(50)).build());
        workspace = new Workspace(root);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CloudConnection connection() {
        return new CloudConnection(sandbox.profile(), p -> OpenStackGateways.connect(p, RetryPolicy.none()),
                p -> InfrastructureClouds.connect(p, RetryPolicy.none())).withApiRoute(sandbox.clusterApis());
    }

    private InstallResult install(InstallPhase until, InstallListener listener, Cancellation cancel) {
        return Installation.run(new InstallRequest(CONFIG, connection(), workspace, until, Catalog.builtIn()),
                listener, cancel);
    }

    @Test
    void theInfrastructurePhaseCompletesAndASecondRunCreatesNothing() {
        RecordingListener listener = new RecordingListener();
        InstallResult first = install(InstallPhase.INFRASTRUCTURE, listener, new Cancellation());
        assertThat(first.outcome()).as(first.message()).isEqualTo(InstallResult.Outcome.COMPLETE);
        assertThat(first.lastDone()).isEqualTo(InstallPhase.INFRASTRUCTURE);
        assertThat(first.infrastructure().created()).isEqualTo(SIZE);
        assertThat(listener.last(InstallPhase.PREFLIGHT)).isEqualTo(PhaseState.DONE);
        assertThat(listener.last(InstallPhase.INFRASTRUCTURE)).isEqualTo(PhaseState.DONE);
        assertThat(listener.phases).noneMatch(p -> p.phase() == InstallPhase.BOOTSTRAP);
        assertThat(listener.events).filteredOn(e -> e.state() == ResourceState.READY).hasSize(SIZE);

        InstallResult second = install(InstallPhase.INFRASTRUCTURE, new RecordingListener(), new Cancellation());
        assertThat(second.outcome()).isEqualTo(InstallResult.Outcome.COMPLETE);
        assertThat(second.infrastructure().created()).isZero();
        assertThat(second.infrastructure().adopted()).isEqualTo(SIZE);
        assertThat(Resumable.list(workspace)).isEmpty();
    }

    @Test
    void everyPhaseRunsEveryServiceIsReadyAndOnlyHealthIsReportedNotAvailable() throws Exception {
        RecordingListener listener = new RecordingListener();
        List<NodeProgress> nodes = new CopyOnWriteArrayList<>();
        InstallResult result = install(InstallPhase.HEALTH, new RecordingListener() {
            @Override
            public void phase(InstallPhase phase, PhaseState state, String detail) {
                listener.phase(phase, state, detail);
            }

            @Override
            public void node(NodeProgress progress) {
                nodes.add(progress);
            }
        }, new Cancellation());

        int services = ENABLED.size();
        assertThat(result.outcome()).as(result.message()).isEqualTo(InstallResult.Outcome.PHASE_NOT_AVAILABLE);
        assertThat(result.lastDone()).isEqualTo(InstallPhase.ROLLOUT);
        assertThat(result.message()).isEqualTo("phase health is not available in this version; every platform "
                + "service is ready (" + services + ")");
        for (InstallPhase done : List.of(InstallPhase.BOOTSTRAP, InstallPhase.GITOPS, InstallPhase.ROLLOUT)) {
            assertThat(listener.last(done)).as("%s", done).isEqualTo(PhaseState.DONE);
        }
        assertThat(listener.last(InstallPhase.HEALTH)).isEqualTo(PhaseState.NOT_AVAILABLE);
        assertThat(result.services()).hasSize(services).allMatch(s -> s.state() == ServiceState.READY);
        assertThat(result.services()).extracting(ServiceProgress::serviceId)
                .containsExactlyInAnyOrderElementsOf(ENABLED.stream().map(ServiceDef::id).toList());
        GitOpsSummary gitops = result.gitops();
        assertThat(gitops.simulated()).isTrue();
        assertThat(gitops.published()).isTrue();
        assertThat(Path.of(URI.create(gitops.repository())))
                .isEqualTo(root.resolve("clusters/demo/gitops-repository.git"));
        assertThat(branchHead(gitops)).isEqualTo(gitops.commit());

        List<String> servers = PlanBuilder.build(CONFIG).resources().stream()
                .filter(r -> r.attributes() instanceof ResourceAttributes.Server).map(r -> r.name()).toList();
        BootstrapSummary summary = result.bootstrap();
        assertThat(summary.simulated()).isTrue();
        assertThat(summary.apiUrl()).matches("https://203\\.0\\.113\\.\\d+:6443");
        assertThat(summary.nodes()).extracting(BootstrapSummary.Node::name).containsExactlyElementsOf(servers);
        assertThat(summary.nodes()).allMatch(n -> n.state() == NodeState.READY);
        assertThat(nodes).filteredOn(p -> p.state() == NodeState.READY).extracting(NodeProgress::name)
                .containsExactlyInAnyOrderElementsOf(servers);
        assertThat(Files.getPosixFilePermissions(summary.kubeconfig())).isEqualTo(PosixFilePermissions.fromString(
                "rw-------"));
        assertThat(Files.readString(summary.kubeconfig())).contains("server: \"" + summary.apiUrl() + "\"");
    }

    @Test
    void nodesThatNeverJoinAreNamedAndTheirConsoleLogsKept() throws Exception {
        String fault = "couldn't validate the identity of the API Server: connection refused";
        sandbox.behaviour().joinFault(fault);
        BootstrapTimeouts shortWait = new BootstrapTimeouts(Duration.ofMinutes(1), Duration.ofSeconds(6),
                Duration.ofMillis(200));
        InstallResult result = Installation.run(new InstallRequest(CONFIG, connection(), workspace,
                InstallPhase.BOOTSTRAP, Catalog.builtIn(), shortWait), new RecordingListener(), new Cancellation());

        assertThat(result.outcome()).as(result.message()).isEqualTo(InstallResult.Outcome.FAILED);
        assertThat(result.lastDone()).isEqualTo(InstallPhase.INFRASTRUCTURE);
        ClusterFiles files = ClusterFiles.of(workspace, CONFIG.name());
        for (BootstrapSummary.Node node : result.bootstrap().nodes()) {
            assertThat(node.state()).isEqualTo(NodeState.WAITING);
            assertThat(result.message()).contains(node.name() + " (waiting to register)")
                    .contains("console log of " + node.name() + " saved to " + files.consoleLog(node.name()));
            assertThat(Files.readString(files.consoleLog(node.name()))).contains(fault);
        }
        assertThat(result.message()).contains("Running the install again keeps waiting for them");
    }

    @Test
    void cancelledInGitOpsOrRolloutTheNextRunFinishesWithoutANewCommitOrDuplicates() throws Exception {
        for (InstallPhase stopIn : List.of(InstallPhase.GITOPS, InstallPhase.ROLLOUT)) {
            Cancellation cancel = new Cancellation();
            RecordingListener listener = new RecordingListener() {
                @Override
                public void phase(InstallPhase phase, PhaseState state, String detail) {
                    super.phase(phase, state, detail);
                    if (phase == stopIn && state == PhaseState.RUNNING) {
                        cancel.cancel();
                    }
                }
            };
            InstallResult cancelled = install(InstallPhase.ROLLOUT, listener, cancel);
            assertThat(cancelled.outcome()).as("%s: %s", stopIn, cancelled.message())
                    .isEqualTo(InstallResult.Outcome.CANCELLED);
            assertThat(listener.last(stopIn)).as("%s", stopIn).isEqualTo(PhaseState.CANCELLED);
        }

        InstallResult resumed = install(InstallPhase.ROLLOUT, new RecordingListener(), new Cancellation());
        assertThat(resumed.outcome()).as(resumed.message()).isEqualTo(InstallResult.Outcome.COMPLETE);
        assertThat(resumed.services()).hasSize(ENABLED.size()).allMatch(s -> s.state() == ServiceState.READY);
        // the GitOps run cancelled after publishing made the one commit; the later runs found the tree in place
        assertThat(resumed.gitops().published()).isFalse();
        assertThat(commitCount(resumed.gitops())).isEqualTo(1);
        assertThat(resumed.infrastructure().created()).isZero();
        assertThat(Resumable.list(workspace)).isEmpty();
    }

    private static String branchHead(GitOpsSummary gitops) throws IOException {
        try (Repository repo = new FileRepositoryBuilder().setGitDir(Path.of(URI.create(gitops.repository()))
                .toFile()).build()) {
            return repo.resolve("refs/heads/" + gitops.branch()).name();
        }
    }

    private static int commitCount(GitOpsSummary gitops) throws Exception {
        try (Git git = Git.open(Path.of(URI.create(gitops.repository())).toFile())) {
            int n = 0;
            for (RevCommit ignored : git.log().call()) {
                n++;
            }
            return n;
        }
    }

    @Test
    void aCancelledInstallIsListedAsResumableAndTheNextRunFinishesIt() {
        Cancellation cancel = new Cancellation();
        RecordingListener listener = new RecordingListener() {
            @Override
            public void resource(ResourceEvent event) {
                super.resource(event);
                if (event.state() == ResourceState.READY) {
                    cancel.cancel();
                }
            }
        };
        InstallResult cancelled = install(InstallPhase.INFRASTRUCTURE, listener, cancel);
        assertThat(cancelled.outcome()).isEqualTo(InstallResult.Outcome.CANCELLED);
        assertThat(listener.last(InstallPhase.INFRASTRUCTURE)).isEqualTo(PhaseState.CANCELLED);
        int made = cancelled.infrastructure().created();
        assertThat(made).isBetween(1, SIZE - 1);
        assertThat(Resumable.list(workspace)).singleElement().satisfies(u -> {
            assertThat(u.cluster()).isEqualTo("demo");
            assertThat(u.config()).isEqualTo(root.resolve("clusters/demo/cluster.yaml"));
            assertThat(u.lastOutcome()).isEqualTo("cancelled");
            assertThat(u.lastActivity()).isNotNull();
        });

        InstallResult resumed = install(InstallPhase.INFRASTRUCTURE, new RecordingListener(), new Cancellation());
        assertThat(resumed.outcome()).isEqualTo(InstallResult.Outcome.COMPLETE);
        // creates in flight at the cancel were sent and are adopted now too
        assertThat(resumed.infrastructure().adopted()).isGreaterThanOrEqualTo(made);
        assertThat(resumed.infrastructure().created() + resumed.infrastructure().adopted()).isEqualTo(SIZE);
        assertThat(Resumable.list(workspace)).isEmpty();
    }

    @Test
    void uninstallShowsTheInventoryThenRemovesIt() {
        assertThat(install(InstallPhase.INFRASTRUCTURE, new RecordingListener(), new Cancellation()).outcome())
                .isEqualTo(InstallResult.Outcome.COMPLETE);
        Uninstall uninstall = new Uninstall(CONFIG, connection(), workspace);
        DestroyInventory inventory = uninstall.inventory();
        assertThat(inventory.installerCreated()).isNotEmpty();
        assertThat(inventory.csiCreated()).isEmpty();
        DestroyResult result = uninstall.destroy(inventory, new RecordingListener(), new Cancellation());
        assertThat(result.complete()).as(result.leftovers().toString()).isTrue();
        assertThat(uninstall.inventory().isEmpty()).isTrue();
    }
}
