package io.opencenter.installer.install;

import io.opencenter.installer.gitops.CloudProviderSecrets;
import io.opencenter.installer.gitops.FluxRepository;
import io.opencenter.installer.gitops.PlatformSecrets;
import io.opencenter.installer.gitops.RepoInputs;
import io.opencenter.installer.gitops.RepoLayout;
import io.opencenter.installer.gitops.RepoTree;
import io.opencenter.installer.gitops.SecretFile;
import io.opencenter.installer.gitops.SopsSealer;
import io.opencenter.installer.gitops.flux.FluxBootstrap;
import io.opencenter.installer.gitops.flux.FluxInstallException;
import io.opencenter.installer.gitops.publish.GitAuth;
import io.opencenter.installer.gitops.publish.GitPublishException;
import io.opencenter.installer.gitops.publish.GitPublisher;
import io.opencenter.installer.gitops.publish.GitTarget;
import io.opencenter.installer.gitops.publish.LocalRepository;
import io.opencenter.installer.gitops.publish.PublishResult;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.secrets.AgeException;
import io.opencenter.installer.secrets.AgeIdentity;
import io.opencenter.installer.secrets.AgeKeyStore;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.workspace.IoProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster's desired state goes to Git and Flux starts reading it: the age key and the platform's credentials
 * (made once, kept in the workspace), the generated repository with every Secret sealed by SOPS, published to
 * {@code spec.platform.gitops.repoUrl} (only the installer's own paths; never a force push), then Flux, the
 * {@code sops-age} Secret and the root source + Kustomization applied to the cluster. Running it again publishes
 * nothing new for an unchanged config and re-applies the same objects.
 */
final class GitOpsPhase implements Phase {
    static final Duration CRD_TIMEOUT = Duration.ofMinutes(2);
    /** The folder (in the cluster's sops folder) of the sealed copies {@link SopsSealer} reuses. */
    static final String SEALED = "sealed";

    @Override
    public InstallPhase id() {
        return InstallPhase.GITOPS;
    }

    @Override
    public PhaseResult run(InstallContext context, InstallListener listener, Cancellation cancel) {
        ClusterConfig config = context.config();
        ClusterSpec.GitOps gitops = config.spec().platform().gitops();
        boolean simulated = context.cloud().apiRoute().simulated();
        if (!simulated && LocalRepository.folderOf(gitops.repoUrl()).isPresent()) {
            return PhaseResult.failed("the repository is a local folder", "the cluster's Flux cannot read "
                    + gitops.repoUrl() + ", a folder on this machine: set " + ConfigField.GIT_REPO.path()
                    + " to an https or ssh URL the cluster can reach");
        }
        PlatformSource source = context.cloud().apiRoute().platform();
        Path dir = context.files().dir();
        try {
            listener.phase(InstallPhase.GITOPS, PhaseState.RUNNING, "sealing the platform's Secrets");
            AgeIdentity key = AgeKeyStore.loadOrCreate(dir);
            SopsSealer sealer = new SopsSealer(key, context.files().sops().resolve(SEALED), Clock.systemUTC());
            RepoTree tree = FluxRepository.generate(new RepoInputs(config, context.catalog(), source.charts(),
                    secrets(context, dir)), sealer).with(".sops.yaml", sealer.sopsConfig());
            if (cancel.isCancelled()) {
                return cancelledBefore("publishing");
            }
            GitAuth auth = GitAccess.forUrl(gitops.repoUrl(), System.getenv());
            GitTarget target = new GitTarget(gitops.repoUrl(), branch(gitops), "", auth);
            listener.phase(InstallPhase.GITOPS, PhaseState.RUNNING, "publishing " + tree.files().size()
                    + " files to " + target.displayUrl() + " (" + target.branch() + ")");
            if (LocalRepository.createIfMissing(target)) {
                listener.log("created the bare repository " + LocalRepository.folderOf(target.url()).orElseThrow());
            }
            PublishResult published = new GitPublisher(dir.resolve("gitops")).publish(target, tree.files(),
                    "openCenter Installer: cluster " + config.name());
            listener.log(published.changed() ? "published commit " + published.commitId() + " ("
                    + published.filesChanged() + " files changed)" : "the repository already holds this tree at "
                    + published.commitId());
            if (cancel.isCancelled()) {
                return cancelledBefore("installing Flux");
            }
            listener.phase(InstallPhase.GITOPS, PhaseState.RUNNING, "installing Flux (" + source.flux().describe()
                    + ")");
            String clusterPath = RepoLayout.clusterDir(config);
            try (KubeCluster kube = ClusterKube.open(context, cancel, listener)) {
                if (kube == null) {
                    return PhaseResult.failed("the cluster is not bootstrapped", "run the install again");
                }
                new FluxBootstrap(kube).install(source.flux().load(), ageKeyFile(context), new FluxBootstrap.RootSource(
                        target.url(), target.branch(), clusterPath, GitAccess.fluxToken(auth)), CRD_TIMEOUT);
            }
            context.gitopsSummary(new GitOpsSummary(target.displayUrl(), target.branch(), clusterPath,
                    published.commitId(), published.changed(), tree.files().size(), source.flux().describe(),
                    simulated));
            return PhaseResult.done("Flux reads " + target.displayUrl(), "the cluster's repository is at "
                    + target.displayUrl() + " (" + target.branch() + ", " + clusterPath + ", commit "
                    + shortCommit(published.commitId()) + ") and Flux reconciles it");
        } catch (ApiWait.WaitEnded e) {
            return e.failure().cancelled() ? cancelledBefore("installing Flux")
                    : PhaseResult.failed("the API did not answer", e.getMessage());
        } catch (GitPublishException | FluxInstallException | KubeException | AgeException | OpenStackException e) {
            return PhaseResult.failed(e.getMessage());
        } catch (IOException e) {
            return PhaseResult.failed("cannot read or write the cluster's files in " + dir + ": "
                    + IoProblems.describe(e));
        } catch (UncheckedIOException e) {
            return PhaseResult.failed(e.getMessage());
        }
    }

    /** The platform's generated credentials and the cloud provider's cloud-config, as Secrets the tree seals. */
    private static List<SecretFile> secrets(InstallContext context, Path dir) {
        List<SecretFile> secrets = new ArrayList<>(PlatformSecrets.loadOrCreate(dir)
                .secretFiles(context.config(), context.catalog()));
        String cluster = context.config().name();
        CloudProviderCredential.Issued credential = CloudProviderCredential.ensure(context.cloud(), context.files(),
                cluster);
        secrets.addAll(CloudProviderSecrets.secretFiles(CloudProviderSetup.settings(cluster, context.cloud(),
                credential), context.catalog()));
        return secrets;
    }

    /** The age key file's text for the cluster's sops-age Secret (read, never logged). */
    private static Secret ageKeyFile(InstallContext context) throws IOException {
        return Secret.of(Files.readString(context.files().ageKey()));
    }

    private static String branch(ClusterSpec.GitOps gitops) {
        return gitops.branch() == null || gitops.branch().isBlank() ? "main" : gitops.branch();
    }

    private static String shortCommit(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    private static PhaseResult cancelledBefore(String step) {
        return PhaseResult.cancelled("cancelled before " + step, "cancelled before " + step
                + "; running the install again continues from there");
    }
}
