package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.ClusterSpec.GitOps;
import io.opencenter.installer.spec.ClusterSpec.Platform;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Configs, chart sources and a recording sealer for the repository tests. */
final class RepoFixtures {
    static final Catalog CATALOG = Catalog.builtIn();
    /** The test bed's local Helm repository (never dialled here: it only appears in the generated files). */
    static final ChartSource LOCAL = new ChartSource(ChartSource.Kind.LOCAL, "http://127.0.0.1:16879");

    private RepoFixtures() {}

    static ClusterConfig config(String profile, List<String> disabled) {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterSpec s = base.spec();
        return new ClusterConfig(base.apiVersion(), base.kind(), base.metadata(), new ClusterSpec(s.cloud(),
                s.kubernetes(), s.network(), s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(),
                new Platform(profile, disabled, null, new GitOps("https://git.example.invalid/demo.git", "main", null)),
                s.provisioning(), s.offline()));
    }

    static ClusterConfig withPool(ClusterConfig c, String pool) {
        ClusterSpec s = c.spec();
        var n = s.network();
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(s.cloud(), s.kubernetes(),
                new ClusterSpec.Network(n.nodeCidr(), n.externalNetwork(), n.dnsNameservers(), pool),
                s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
    }

    private static final java.util.Map<String, RepoTree> TREES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The tree of a config without secrets, made once per JVM (generation is pure, so sharing it is safe). */
    static RepoTree tree(String profile, List<String> disabled) {
        return TREES.computeIfAbsent(profile + disabled, k -> FluxRepository.generate(
                inputs(config(profile, disabled), List.of()), new RecordingSealer()));
    }

    static RepoInputs inputs(ClusterConfig config, List<SecretFile> secrets) {
        return new RepoInputs(config, CATALOG, LOCAL, secrets);
    }

    /** Stands in for SOPS: records what it was given and returns a Secret whose data is only a digest. */
    static final class RecordingSealer implements SecretSealer {
        final List<SecretFile> sealed = new ArrayList<>();

        @Override
        public String seal(String path, String plaintextYaml) {
            sealed.add(new SecretFile(path, plaintextYaml));
            var secret = io.opencenter.installer.kube.Manifest.parse(plaintextYaml).ref();
            return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + secret.name() + "\n  namespace: "
                    + secret.namespace() + "\ntype: Opaque\ndata:\n  sealed: " + digest(plaintextYaml) + "\n"
                    + "sops:\n  mac: ENC[test]\n";
        }

        private static String digest(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
