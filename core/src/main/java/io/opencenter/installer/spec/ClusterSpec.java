package io.opencenter.installer.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/** The {@code spec} block of the config file. Boxed numbers so that "missing" and "0" stay distinguishable. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cloud", "kubernetes", "network", "controlPlane", "workerPools", "sshPublicKeyFile",
        "platform", "provisioning", "offline"})
public record ClusterSpec(
        Cloud cloud,
        Kubernetes kubernetes,
        Network network,
        ControlPlane controlPlane,
        List<WorkerPool> workerPools,
        String sshPublicKeyFile,
        Platform platform,
        Provisioning provisioning,
        Offline offline) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cloud(String name, String region, String availabilityZone, Boolean sandbox) {
        public boolean isSandbox() {
            return Boolean.TRUE.equals(sandbox);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Kubernetes(String version, String podCidr, String serviceCidr, String apiVip) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Network(String nodeCidr, String externalNetwork, List<String> dnsNameservers, String metallbPool) {}

    /**
     * {@code serverGroupPolicy} is kept as written (null when absent) so that a word the format does not know is
     * reported at its path; {@link #policyOrDefault()} is what the plan uses.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ControlPlane(Integer count, String flavor, String image, Integer volumeSizeGb,
                               String serverGroupPolicy) {
        /** Without a server group policy (the default applies). */
        public ControlPlane(Integer count, String flavor, String image, Integer volumeSizeGb) {
            this(count, flavor, image, volumeSizeGb, null);
        }

        /** The policy named, {@link ServerGroupPolicy#DEFAULT} when the key is absent; empty for an unknown word. */
        public Optional<ServerGroupPolicy> policyOrDefault() {
            return serverGroupPolicy == null ? Optional.of(ServerGroupPolicy.DEFAULT)
                    : ServerGroupPolicy.of(serverGroupPolicy);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WorkerPool(String name, Integer count, String flavor, String image, Integer volumeSizeGb) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Platform(String profile, List<String> disabled, Oidc oidc, GitOps gitops) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Oidc(String issuerUrl, String clientId) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GitOps(String repoUrl, String branch, String path) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provisioning(Boolean serializeApiCalls, Integer parallelism) {
        /** Nothing set: every option at its default. */
        public static final Provisioning DEFAULTS = new Provisioning(null, null);

        /** {@code p}, or {@link #DEFAULTS} when the config has no {@code provisioning:} section. */
        public static Provisioning orDefaults(Provisioning p) {
            return p != null ? p : DEFAULTS;
        }

        public boolean serializeOrDefault() {
            return serializeApiCalls == null || serializeApiCalls;
        }

        public int parallelismOrDefault() {
            return parallelism == null ? 4 : parallelism;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offline(String bundle, String registry) {}
}
