package io.opencenter.installer.gitops.flux;

import io.opencenter.installer.gitops.publish.GitTarget;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.openstack.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Installs Flux into a cluster and points it at the cluster's GitOps repository, through the {@code kube} port with
 * server-side apply under the installer's one field manager: the {@code flux-system} namespace, Flux's CRDs (waiting
 * until Established), its controllers, the {@code sops-age} Secret (the age identity kustomize-controller decrypts
 * the repository's SOPS files with: without it Flux fails with {@code secrets "sops-age" not found}), the root
 * GitRepository (with its token Secret) and the root Kustomization. Idempotent: a second run sends the same objects,
 * and the server changes nothing. No Secret's content is logged or put in a message.
 */
public final class FluxBootstrap {

    public static final String NAMESPACE = "flux-system";
    /** The root GitRepository and Kustomization, and the token Secret, share Flux's conventional name. */
    public static final String ROOT_NAME = "flux-system";
    public static final String SOPS_SECRET = "sops-age";
    /** The key of the age identity in the sops-age Secret: kustomize-controller reads keys ending in .agekey. */
    public static final String AGE_KEY = "age.agekey";
    /** The user name sent with a token (hosted Git servers accept any non-empty one with a token). */
    public static final String TOKEN_USERNAME = "git";

    public static final ObjectRef ROOT_SOURCE = ObjectRef.namespaced("source.toolkit.fluxcd.io/v1", "GitRepository",
            NAMESPACE, ROOT_NAME);
    public static final ObjectRef ROOT_KUSTOMIZATION = ObjectRef.namespaced("kustomize.toolkit.fluxcd.io/v1",
            "Kustomization", NAMESPACE, ROOT_NAME);
    public static final ObjectRef SOPS_AGE = ObjectRef.namespaced("v1", "Secret", NAMESPACE, SOPS_SECRET);

    private static final Logger LOG = LoggerFactory.getLogger(FluxBootstrap.class);

    /** The installer owns Flux's install and the root objects: it takes over fields another tool set on them. */
    private static final ApplyOptions APPLY = ApplyOptions.forced();

    /**
     * The repository the root objects follow.
     *
     * @param url    the repository's https or http URL (Flux's source-controller clones it), without credentials
     *               (an ssh URL would need Flux's identity and known_hosts Secret, which this does not make yet)
     * @param branch the branch the installer publishes to
     * @param path   the folder Flux starts from, e.g. "clusters/demo" ("" for the root)
     * @param token  an access token when the repository is private (sent as username/password by Flux)
     */
    public record RootSource(String url, String branch, String path, Optional<Secret> token) {
        public RootSource {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(branch, "branch");
            Objects.requireNonNull(token, "token");
            path = path == null ? "" : path.strip();
            while (path.startsWith("./")) {
                path = path.substring(2);
            }
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (!GitTarget.redact(url).equals(url.strip())) {
                throw new FluxInstallException("the GitOps repository URL " + GitTarget.redact(url)
                        + " carries credentials: give the token separately");
            }
            if (path.startsWith("/") || path.contains("..")) {
                throw new FluxInstallException("the GitOps path \"" + path + "\" is not a folder inside the "
                        + "repository: give a relative path such as clusters/demo");
            }
        }
    }

    private final KubeCluster kube;

    public FluxBootstrap(KubeCluster kube) {
        this.kube = Objects.requireNonNull(kube, "kube");
    }

    /**
     * Applies Flux and the root objects; returns once the CRDs are Established and every object is applied (the
     * controllers' readiness and the first reconcile are the rollout's to wait for, at {@link #ROOT_SOURCE} and
     * {@link #ROOT_KUSTOMIZATION}).
     *
     * @param fluxManifests Flux's install manifests ({@link FluxInstallSource#load()})
     * @param ageKeyFile    the age identity file's text, as age-keygen writes it ("AGE-SECRET-KEY-1..." line)
     * @param timeout       how long the CRDs may take to be Established
     */
    public void install(List<Manifest> fluxManifests, Secret ageKeyFile, RootSource root, Duration timeout) {
        Objects.requireNonNull(ageKeyFile, "ageKeyFile");
        Objects.requireNonNull(root, "root");
        List<Manifest> namespaces = new ArrayList<>();
        List<Manifest> crds = new ArrayList<>();
        List<Manifest> rest = new ArrayList<>();
        for (Manifest m : fluxManifests) {
            String kind = m.ref().kind().kind();
            if (kind.equals("Namespace")) {
                namespaces.add(m);
            } else if (kind.equals("CustomResourceDefinition")) {
                crds.add(m);
            } else {
                rest.add(m);
            }
        }
        if (namespaces.stream().noneMatch(n -> n.ref().name().equals(NAMESPACE))) {
            namespaces.add(0, Manifest.parse("{apiVersion: v1, kind: Namespace, metadata: {name: " + NAMESPACE
                    + "}}"));
        }
        Manifest sopsAge = sopsAgeSecret(ageKeyFile); // checked before anything is applied
        namespaces.forEach(n -> kube.apply(n, APPLY));
        kube.applyCrds(crds, APPLY, timeout);
        rest.forEach(m -> kube.apply(m, APPLY));
        kube.apply(sopsAge, APPLY);
        root.token().ifPresent(t -> kube.apply(tokenSecret(t), APPLY));
        kube.apply(gitRepository(root), APPLY);
        kube.apply(kustomization(root), APPLY);
        LOG.info("Flux: applied {} namespace(s), {} CRD(s), {} install object(s), the {} Secret and the root "
                + "GitRepository and Kustomization for {} (branch {}, path \"{}\")", namespaces.size(), crds.size(),
                rest.size(), SOPS_SECRET, GitTarget.redact(root.url()), root.branch(), root.path());
    }

    static Manifest sopsAgeSecret(Secret ageKeyFile) {
        char[] text = ageKeyFile.reveal();
        try {
            if (!contains(text, "AGE-SECRET-KEY-1")) {
                throw new FluxInstallException("the cluster's age key is not an age identity (no AGE-SECRET-KEY-1 "
                        + "line): give the key file age-keygen wrote for this cluster (in its workspace)");
            }
            return secret(SOPS_SECRET, Map.of(AGE_KEY, base64(text)));
        } finally {
            Arrays.fill(text, '\0');
        }
    }

    static Manifest tokenSecret(Secret token) {
        char[] t = token.reveal();
        try {
            return secret(ROOT_NAME, Map.of("username", base64(TOKEN_USERNAME.toCharArray()), "password",
                    base64(t)));
        } finally {
            Arrays.fill(t, '\0');
        }
    }

    static Manifest gitRepository(RootSource root) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("interval", "1m0s");
        spec.put("url", root.url().strip());
        spec.put("ref", Map.of("branch", root.branch()));
        root.token().ifPresent(t -> spec.put("secretRef", Map.of("name", ROOT_NAME)));
        return object(ROOT_SOURCE, spec);
    }

    static Manifest kustomization(RootSource root) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("interval", "10m0s");
        spec.put("path", "./" + root.path());
        spec.put("prune", true);
        spec.put("sourceRef", Map.of("kind", "GitRepository", "name", ROOT_NAME));
        spec.put("decryption", Map.of("provider", "sops", "secretRef", Map.of("name", SOPS_SECRET)));
        return object(ROOT_KUSTOMIZATION, spec);
    }

    private static Manifest object(ObjectRef ref, Map<String, Object> spec) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("apiVersion", ref.kind().apiVersion());
        content.put("kind", ref.kind().kind());
        content.put("metadata", Map.of("name", ref.name(), "namespace", ref.namespace()));
        content.put("spec", spec);
        return new Manifest(content);
    }

    private static Manifest secret(String name, Map<String, String> data) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("apiVersion", "v1");
        content.put("kind", "Secret");
        content.put("metadata", Map.of("name", name, "namespace", NAMESPACE));
        content.put("type", "Opaque");
        // data, not stringData: the server stores data as sent, so a second apply is a no-op
        content.put("data", new LinkedHashMap<>(data));
        return new Manifest(content);
    }

    private static String base64(char[] text) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return Base64.getEncoder().encodeToString(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    private static boolean contains(char[] text, String needle) {
        outer:
        for (int i = 0; i + needle.length() <= text.length; i++) {
            for (int j = 0; j < needle.length(); j++) {
                if (text[i + j] != needle.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
