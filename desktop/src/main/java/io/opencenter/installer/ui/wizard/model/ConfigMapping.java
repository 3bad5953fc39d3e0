package io.opencenter.installer.ui.wizard.model;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.StringProperty;

/**
 * The wizard model is the config file with properties: this turns one into the other. Blank text becomes an
 * absent key, so that a saved file is what the user filled in, and so validation reports "missing" rather than
 * "empty string".
 */
public final class ConfigMapping {
    private ConfigMapping() {}

    public static ClusterConfig toConfig(ClusterConfigModel m) {
        ClusterSpec spec = new ClusterSpec(
                new ClusterSpec.Cloud(value(m.cloudNameProperty()), value(m.regionProperty()),
                        value(m.availabilityZoneProperty()), m.sandboxProperty().get()),
                new ClusterSpec.Kubernetes(value(m.kubernetesVersionProperty()), value(m.podCidrProperty()),
                        value(m.serviceCidrProperty()), value(m.apiVipProperty())),
                new ClusterSpec.Network(value(m.nodeCidrProperty()), value(m.externalNetworkProperty()),
                        splitList(m.dnsNameserversProperty().get()), value(m.metallbPoolProperty())),
                new ClusterSpec.ControlPlane(m.controlPlaneCountProperty().get(),
                        value(m.controlPlaneFlavorProperty()), value(m.controlPlaneImageProperty()),
                        m.controlPlaneVolumeSizeGbProperty().get(), value(m.serverGroupPolicyProperty())),
                m.workerPools().stream().map(ConfigMapping::pool).toList(),
                value(m.sshPublicKeyFileProperty()),
                new ClusterSpec.Platform(value(m.profileProperty()),
                        m.disabledServices().isEmpty() ? null : List.copyOf(m.disabledServices()),
                        oidc(m), gitOps(m)),
                new ClusterSpec.Provisioning(m.serializeApiCallsProperty().get(), m.parallelismProperty().get()),
                offline(m));
        return new ClusterConfig(ClusterConfig.API_VERSION, ClusterConfig.KIND,
                new ClusterConfig.Metadata(value(m.nameProperty())), spec);
    }

    /** Replaces everything in {@code m} by {@code config}; sections missing from the file leave fields blank. */
    public static void fill(ClusterConfigModel m, ClusterConfig config) {
        m.batch(() -> {
            m.nameProperty().set(text(config.name()));
            ClusterSpec s = config.spec() != null ? config.spec()
                    : new ClusterSpec(null, null, null, null, null, null, null, null, null);
            ClusterSpec.Cloud cloud = or(s.cloud(), new ClusterSpec.Cloud(null, null, null, null));
            m.cloudNameProperty().set(text(cloud.name()));
            m.regionProperty().set(text(cloud.region()));
            m.availabilityZoneProperty().set(text(cloud.availabilityZone()));
            m.sandboxProperty().set(cloud.isSandbox());
            ClusterSpec.Kubernetes k8s = or(s.kubernetes(), new ClusterSpec.Kubernetes(null, null, null, null));
            m.kubernetesVersionProperty().set(text(k8s.version()));
            m.podCidrProperty().set(text(k8s.podCidr()));
            m.serviceCidrProperty().set(text(k8s.serviceCidr()));
            m.apiVipProperty().set(text(k8s.apiVip()));
            ClusterSpec.Network net = or(s.network(), new ClusterSpec.Network(null, null, null, null));
            m.nodeCidrProperty().set(text(net.nodeCidr()));
            m.externalNetworkProperty().set(text(net.externalNetwork()));
            m.dnsNameserversProperty().set(net.dnsNameservers() == null ? "" : String.join(", ", net.dnsNameservers()));
            m.metallbPoolProperty().set(text(net.metallbPool()));
            ClusterSpec.ControlPlane cp = or(s.controlPlane(), new ClusterSpec.ControlPlane(null, null, null, null));
            m.controlPlaneCountProperty().set(cp.count());
            m.controlPlaneFlavorProperty().set(text(cp.flavor()));
            m.controlPlaneImageProperty().set(text(cp.image()));
            m.controlPlaneVolumeSizeGbProperty().set(cp.volumeSizeGb());
            m.serverGroupPolicyProperty().set(text(cp.serverGroupPolicy()));
            m.workerPools().setAll(or(s.workerPools(), List.<ClusterSpec.WorkerPool>of()).stream()
                    .filter(Objects::nonNull)
                    .map(p -> new WorkerPoolModel(text(p.name()), p.count(), text(p.flavor()), text(p.image()),
                            p.volumeSizeGb()))
                    .toList());
            m.sshPublicKeyFileProperty().set(text(s.sshPublicKeyFile()));
            fillPlatform(m, or(s.platform(), new ClusterSpec.Platform(null, null, null, null)));
            ClusterSpec.Provisioning prov = ClusterSpec.Provisioning.orDefaults(s.provisioning());
            m.serializeApiCallsProperty().set(prov.serializeOrDefault());
            m.parallelismProperty().set(prov.parallelism());
            ClusterSpec.Offline offline = or(s.offline(), new ClusterSpec.Offline(null, null));
            m.offlineBundleProperty().set(text(offline.bundle()));
            m.offlineRegistryProperty().set(text(offline.registry()));
        });
    }

    private static void fillPlatform(ClusterConfigModel m, ClusterSpec.Platform p) {
        m.profileProperty().set(text(p.profile()));
        m.disabledServices().setAll(or(p.disabled(), List.of()));
        ClusterSpec.Oidc oidc = or(p.oidc(), new ClusterSpec.Oidc(null, null));
        m.oidcIssuerUrlProperty().set(text(oidc.issuerUrl()));
        m.oidcClientIdProperty().set(text(oidc.clientId()));
        ClusterSpec.GitOps git = or(p.gitops(), new ClusterSpec.GitOps(null, null, null));
        m.gitRepoUrlProperty().set(text(git.repoUrl()));
        m.gitBranchProperty().set(text(git.branch()));
        m.gitPathProperty().set(text(git.path()));
    }

    private static ClusterSpec.WorkerPool pool(WorkerPoolModel p) {
        return new ClusterSpec.WorkerPool(value(p.nameProperty()), p.countProperty().get(),
                value(p.flavorProperty()), value(p.imageProperty()), p.volumeSizeGbProperty().get());
    }

    private static ClusterSpec.Oidc oidc(ClusterConfigModel m) {
        String issuer = value(m.oidcIssuerUrlProperty());
        String client = value(m.oidcClientIdProperty());
        return issuer == null && client == null ? null : new ClusterSpec.Oidc(issuer, client);
    }

    private static ClusterSpec.GitOps gitOps(ClusterConfigModel m) {
        String url = value(m.gitRepoUrlProperty());
        String branch = value(m.gitBranchProperty());
        String path = value(m.gitPathProperty());
        return url == null && branch == null && path == null ? null : new ClusterSpec.GitOps(url, branch, path);
    }

    private static ClusterSpec.Offline offline(ClusterConfigModel m) {
        String bundle = value(m.offlineBundleProperty());
        String registry = value(m.offlineRegistryProperty());
        return bundle == null && registry == null ? null : new ClusterSpec.Offline(bundle, registry);
    }

    /** "1.1.1.1, 9.9.9.9" → [1.1.1.1, 9.9.9.9]; blank → absent. Empty items are kept out, not reported. */
    static List<String> splitList(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String value(StringProperty p) {
        String v = p.get();
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
