package io.opencenter.installer.rollout;

import io.opencenter.installer.gitops.FluxRepository;
import io.opencenter.installer.gitops.PlatformSecrets;
import io.opencenter.installer.gitops.RepoInputs;
import io.opencenter.installer.gitops.RepoTree;
import io.opencenter.installer.gitops.SecretFile;
import io.opencenter.installer.gitops.SopsSealer;
import io.opencenter.installer.gitops.flux.FluxBootstrap;
import io.opencenter.installer.gitops.publish.GitAuth;
import io.opencenter.installer.gitops.publish.GitPublisher;
import io.opencenter.installer.gitops.publish.GitTarget;
import io.opencenter.installer.gitops.publish.LocalRepository;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.sandbox.kube.sim.SimulatedFluxInstall;
import io.opencenter.installer.secrets.AgeIdentity;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's GitOps path as {@code GitOpsPhase} takes it: the openstack profile's repository generated with
 * {@link SopsSealer} for a fresh age key (plus {@code .sops.yaml}), published by {@link GitPublisher} to a bare
 * {@code file://} repository created on first use, and Flux installed by {@link FluxBootstrap} from the sandbox's
 * simulated install with its root GitRepository at that URL.
 */
final class PublishedRepository {
    static final Catalog CATALOG = Catalog.builtIn();

    private final Path dir;
    private final AgeIdentity key = AgeIdentity.generate();
    private List<SecretFile> secrets;

    PublishedRepository(Path dir) {
        this.dir = dir;
    }

    /** The bare repository. */
    Path bare() {
        return dir.resolve("git").resolve("demo.git");
    }

    String url() {
        return bare().toAbsolutePath().toUri().toString();
    }

    /** The Secrets of the last tree published, in plain text. */
    List<SecretFile> secrets() {
        return secrets;
    }

    /** The openstack profile's config with {@code disabled} services off, its repository at {@link #url()}. */
    ClusterConfig config(List<String> disabled) {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterSpec s = base.spec();
        return new ClusterConfig(base.apiVersion(), base.kind(), base.metadata(), new ClusterSpec(s.cloud(),
                s.kubernetes(), s.network(), s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(),
                new ClusterSpec.Platform("openstack", disabled, null, new ClusterSpec.GitOps(url(), "main", null)),
                s.provisioning(), s.offline()));
    }

    /** Generates the config's tree, sealed, and publishes it; the tree. */
    RepoTree publish(ClusterConfig config) {
        secrets = PlatformSecrets.loadOrCreate(dir.resolve("workspace")).secretFiles(config, CATALOG);
        SopsSealer sealer = new SopsSealer(key, dir.resolve("workspace/sops"),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        RepoTree tree = FluxRepository.generate(new RepoInputs(config, CATALOG, SimulatedFluxInstall.chartSource(),
                secrets), sealer).with(".sops.yaml", sealer.sopsConfig());
        GitTarget target = new GitTarget(url(), "main", "", new GitAuth.None());
        LocalRepository.createIfMissing(target);
        new GitPublisher(dir.resolve("cache")).publish(target, tree.files(), "sandbox: the cluster's desired state");
        return tree;
    }

    /** kube-vip's mirror pod (the bootstrap's), then Flux with the age key and the root source at {@link #url()}. */
    void bootstrap(SimulatedPlatform platform) {
        platform.installKubeVip();
        new FluxBootstrap(platform.kube).install(SimulatedFluxInstall.manifests(),
                Secret.of(key.encoded() + "\n"), new FluxBootstrap.RootSource(url(), "main", "clusters/demo",
                        Optional.empty()), Duration.ofSeconds(30));
    }
}
