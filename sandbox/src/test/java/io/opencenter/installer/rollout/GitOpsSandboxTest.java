package io.opencenter.installer.rollout;

import io.opencenter.installer.gitops.RepoTree;
import io.opencenter.installer.gitops.SecretFile;
import io.opencenter.installer.gitops.flux.FluxBootstrap;
import io.opencenter.installer.gitops.SopsSealer;
import io.opencenter.installer.gitops.publish.GitPublisher;
import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.sandbox.kube.sim.Fault;
import io.opencenter.installer.sandbox.kube.sim.WorkloadKind;
import io.opencenter.installer.spec.ClusterConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitOps path end to end on the sandbox: the real repository of an openstack-profile config (its Secrets sealed
 * by {@link SopsSealer} for a fresh age key, plus {@code .sops.yaml}) published by {@link GitPublisher} to a bare
 * {@code file://} repository (created as {@code GitOpsPhase} does), Flux installed by {@link FluxBootstrap} from the
 * sandbox's simulated install, its root GitRepository at that URL; the simulated source- and kustomize-controllers then read, decrypt and apply what was
 * published, and the rollout sees every service of the 15 namespaces Ready.
 */
class GitOpsSandboxTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final ApiKind KUSTOMIZATION = ApiKind.of("kustomize.toolkit.fluxcd.io/v1", "Kustomization");
    private static final ApiKind HELM_RELEASE = ApiKind.of("helm.toolkit.fluxcd.io/v2", "HelmRelease");
    private static final ApiKind GIT_REPOSITORY = ApiKind.of("source.toolkit.fluxcd.io/v1", "GitRepository");

    /** A service's limit: the simulator settles each in well under a second, so only a failure runs into it. */
    private static final Duration SHORT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final List<ServiceDef> SERVICES = CATALOG.select(Profile.OPENSTACK, List.of()).enabled();

    @TempDir
    Path dir;
    private SimulatedPlatform platform;
    private PublishedRepository repo;

    @BeforeEach
    void repository() {
        repo = new PublishedRepository(dir);
    }

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void whatThePublisherPushedIsDecryptedAndAppliedAndEveryServiceOfTheFifteenNamespacesIsReady() throws Exception {
        platform = new SimulatedPlatform(dir, true);
        ClusterConfig config = repo.config(List.of());
        RepoTree tree = repo.publish(config);
        repo.bootstrap(platform);

        RolloutResult result = new Rollout(platform.kube, SERVICES,
                new RolloutOptions(SHORT, Map.of(), POLL, 0), new RolloutSandboxTest.Recorder())
                .run(new Cancellation());

        assertThat(result.allReady()).as("not ready: %s", result.services()).isTrue();
        assertThat(result.services()).hasSize(SERVICES.size());
        Set<String> namespaces = new LinkedHashSet<>();
        SERVICES.forEach(s -> namespaces.add(s.namespace()));
        assertThat(namespaces).hasSize(15);
        // the repository's own custom resources, of kinds no probe names, applied once their charts served them
        assertThat(platform.kube.get(ObjectRef.clusterScoped("cert-manager.io/v1", "ClusterIssuer", "selfsigned")))
                .isPresent();
        assertThat(platform.kube.get(ObjectRef.namespaced("acid.zalan.do/v1", "postgresql", "keycloak",
                "keycloak-db"))).isPresent();
        assertThat(platform.kube.list(ApiKind.of("operators.coreos.com/v1", "OperatorGroup"), "observability", null))
                .hasSize(1);
        // the objects came from the repository, applied as kustomize-controller does
        KubeObject harbor = platform.kube.get(new ObjectRef(HELM_RELEASE, "harbor", "harbor")).orElseThrow();
        assertThat(labels(harbor)).containsEntry("kustomize.toolkit.fluxcd.io/name", "harbor")
                .containsEntry("kustomize.toolkit.fluxcd.io/namespace", "flux-system");
        assertThat(harbor.content().get("metadata").toString()).contains("manager=kustomize-controller");
        KubeObject root = platform.kube.get(FluxBootstrap.ROOT_KUSTOMIZATION).orElseThrow();
        String revision = "main@sha1:" + head(repo.bare());
        assertThat(status(root).get("lastAppliedRevision")).isEqualTo(revision);
        assertThat(ready(root).get("message").toString()).contains(revision).contains("simulated");
        assertThat(status(platform.kube.get(FluxBootstrap.ROOT_SOURCE).orElseThrow()).get("artifact").toString())
                .contains("revision=" + revision);
        // the Secrets in the cluster hold the decrypted values; the repository holds none of them
        assertThat(repo.secrets()).hasSizeGreaterThanOrEqualTo(4);
        List<String> plaintext = new ArrayList<>();
        for (SecretFile s : repo.secrets()) {
            Manifest m = Manifest.parse(s.plaintextYaml());
            Map<String, String> wanted = stringData(m.content());
            KubeObject inCluster = platform.kube.get(m.ref()).orElseThrow(() -> new AssertionError(m.ref()
                    + " is not in the cluster"));
            assertThat(values(inCluster.content())).as(m.ref().toString()).containsAllEntriesOf(wanted);
            wanted.values().stream().filter(v -> v.length() >= 16 && !v.contains("://")).forEach(plaintext::add);
        }
        assertThat(plaintext).hasSizeGreaterThanOrEqualTo(5);
        Map<String, String> published = files(repo.bare());
        assertThat(published.keySet()).isEqualTo(tree.files().keySet());
        for (SecretFile s : repo.secrets()) {
            assertThat(published.get(s.path())).as(s.path()).contains("sops:").contains("ENC[AES256_GCM,");
        }
        published.forEach((path, text) -> plaintext.forEach(v -> assertThat(text).as(path).doesNotContain(v)
                .doesNotContain(Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void aMissingSopsAgeSecretFailsTheRootKustomizationAsFluxDoesAndAddingItMakesItReady() throws Exception {
        platform = new SimulatedPlatform(dir, false);
        repo.publish(repo.config(List.of()));
        repo.bootstrap(platform);
        assertThat(platform.kube.delete(FluxBootstrap.SOPS_AGE)).isTrue();

        tickUntil(() -> ready(FluxBootstrap.ROOT_KUSTOMIZATION).isPresent());
        Map<?, ?> failed = ready(FluxBootstrap.ROOT_KUSTOMIZATION).orElseThrow();
        assertThat(failed.get("status")).isEqualTo("False");
        assertThat(failed.get("message").toString()).contains("secrets \"sops-age\" not found").contains("simulated");
        assertThat(platform.kube.get(new ObjectRef(KUSTOMIZATION, "flux-system", "harbor"))).as("nothing applied")
                .isEmpty();

        repo.bootstrap(platform); // puts the Secret back (and changes nothing else)
        tickUntil(() -> ready(FluxBootstrap.ROOT_KUSTOMIZATION).map(r -> "True".equals(r.get("status")))
                .orElse(false));
        assertThat(platform.kube.get(new ObjectRef(KUSTOMIZATION, "flux-system", "harbor"))).isPresent();
    }

    @Test
    void aServiceDisabledInTheNextPublishedTreeIsPrunedWithWhatItDelivered() throws Exception {
        platform = new SimulatedPlatform(dir, false);
        repo.publish(repo.config(List.of()));
        repo.bootstrap(platform);
        ObjectRef veleroRelease = new ObjectRef(HELM_RELEASE, "velero", "velero");
        ObjectRef veleroKustomization = new ObjectRef(KUSTOMIZATION, "flux-system", "velero");
        ObjectRef veleroDeployment = ObjectRef.namespaced("apps/v1", "Deployment", "velero", "velero");
        tickUntil(() -> platform.kube.get(veleroDeployment).isPresent());
        assertThat(platform.kube.get(veleroRelease)).isPresent();

        repo.publish(repo.config(List.of("velero")));
        // `flux reconcile source git flux-system`: the new commit is read at once, not after the interval. Applied
        // under a field manager of its own, as the rollout's reconcile requests are: applied as the installer it
        // would drop the spec the installer's bootstrap applied
        platform.kube.apply(Manifest.parse("""
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: GitRepository
                metadata:
                  name: flux-system
                  namespace: flux-system
                  annotations: {reconcile.fluxcd.io/requestedAt: "%s"}
                """.formatted(Instant.now())), ReconcileRequest.MANAGER);
        tickUntil(() -> platform.kube.get(veleroKustomization).isEmpty()
                && platform.kube.get(veleroDeployment).isEmpty());

        assertThat(platform.kube.get(veleroRelease)).as("pruned with its Kustomization").isEmpty();
        assertThat(platform.kube.get(new ObjectRef(HELM_RELEASE, "harbor", "harbor"))).as("the rest stays")
                .isPresent();
        assertThat(platform.kube.get(new ObjectRef(GIT_REPOSITORY, "flux-system", "flux-system")).map(
                o -> status(o).get("artifact").toString()).orElseThrow()).contains(head(repo.bare()));
    }

    @Test
    void harborThatCannotPullItsImageIsDegradedWithTheReasonTheRestIsReadyAndARetryAfterTheFixBringsItUp() {
        platform = new SimulatedPlatform(dir, true);
        platform.faults().inject("harbor", WorkloadKind.DEPLOYMENT, "harbor-core", Fault.IMAGE_PULL_BACK_OFF);
        repo.publish(repo.config(List.of()));
        repo.bootstrap(platform);
        Rollout rollout = new Rollout(platform.kube, SERVICES,
                new RolloutOptions(SHORT, Map.of("harbor", Duration.ofSeconds(1)), POLL, 1),
                new RolloutSandboxTest.Recorder());

        RolloutResult failed = rollout.run(new Cancellation());

        ServiceProgress harbor = failed.service("harbor").orElseThrow();
        assertThat(harbor.state()).isEqualTo(ServiceState.DEGRADED);
        assertThat(harbor.reason()).contains("Deployment harbor/harbor-core: 0/1 ready")
                .contains("ImagePullBackOff: Back-off pulling image").contains("after 1 reconcile request");
        assertThat(failed.in(ServiceState.BLOCKED)).as("its parts only")
                .containsExactlyInAnyOrder("harbor-registry", "harbor-trivy");
        assertThat(failed.in(ServiceState.READY)).hasSize(SERVICES.size() - 3);

        platform.faults().clear("harbor", WorkloadKind.DEPLOYMENT, "harbor-core");
        rollout.retry("harbor");
        RolloutResult retried = rollout.run(new Cancellation());

        assertThat(retried.allReady()).as("after the retry: %s", retried.services()).isTrue();
    }

    private void tickUntil(BooleanSupplier done) {
        for (int i = 0; i < 30 && !done.getAsBoolean(); i++) {
            platform.tick();
        }
        assertThat(done.getAsBoolean()).as("reached within 30 ticks").isTrue();
    }

    private Optional<Map<?, ?>> ready(ObjectRef ref) {
        return platform.kube.get(ref).flatMap(o -> Optional.ofNullable(ready(o)));
    }

    private static Map<?, ?> ready(KubeObject o) {
        Object conditions = status(o).get("conditions");
        return conditions instanceof List<?> l ? l.stream().map(c -> (Map<?, ?>) c)
                .filter(c -> "Ready".equals(c.get("type"))).findFirst().orElse(null) : null;
    }

    private static Map<?, ?> status(KubeObject o) {
        return o.content().get("status") instanceof Map<?, ?> m ? m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> labels(KubeObject o) {
        Object labels = ((Map<?, ?>) o.content().get("metadata")).get("labels");
        return labels instanceof Map<?, ?> m ? (Map<Object, Object>) m : Map.of();
    }

    private static Map<String, String> stringData(Map<String, Object> secret) {
        Map<String, String> out = new HashMap<>();
        if (secret.get("stringData") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(k.toString(), v.toString()));
        }
        return out;
    }

    /** A Secret's values, decoded ({@code data}) or as given ({@code stringData}, where the sandbox keeps it). */
    private static Map<String, String> values(Map<String, Object> secret) {
        Map<String, String> out = stringData(secret);
        if (secret.get("data") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(k.toString(),
                    new String(Base64.getDecoder().decode(v.toString()), StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static String head(Path bare) throws IOException {
        try (Repository repo = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build()) {
            return repo.resolve(Constants.R_HEADS + "main").name();
        }
    }

    /** Every file on the bare repository's main branch, as text. */
    private static Map<String, String> files(Path bare) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Repository repo = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
             RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(walk.parseCommit(repo.resolve(Constants.R_HEADS + "main")).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                out.put(tree.getPathString(), new String(repo.open(tree.getObjectId(0)).getBytes(),
                        StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
