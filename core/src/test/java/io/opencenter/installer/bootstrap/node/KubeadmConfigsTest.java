package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the kubeadm configs say (kubeadm itself checks their form in {@link KubeadmConfigValidateTest}). */
class KubeadmConfigsTest {
    private static ClusterPki pki;

    @BeforeAll
    static void pki() {
        pki = NodeTestPki.create();
    }

    @Test
    void initHasTheVipEndpointCidrsSansTokenExternalCloudProviderAndSystemdCgroups() {
        List<JsonNode> docs = docs(KubeadmConfigs.init(inputs(NodeConfigs.demo()), "demo-control-plane-1"));
        assertThat(docs).extracting(d -> d.path("kind").asText())
                .containsExactly("InitConfiguration", "ClusterConfiguration", "KubeletConfiguration");
        JsonNode init = docs.get(0);
        JsonNode cluster = docs.get(1);
        assertThat(init.path("apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta4");
        JsonNode token = init.at("/bootstrapTokens/0");
        assertThat(token.path("token").asText()).isEqualTo(pki.bootstrapToken());
        assertThat(token.path("ttl").asText()).isEqualTo("24h0m0s");
        assertThat(texts(token.path("usages"))).containsExactly("signing", "authentication");
        assertThat(texts(token.path("groups"))).containsExactly("system:bootstrappers:kubeadm:default-node-token");
        assertThat(init.at("/nodeRegistration/name").asText()).isEqualTo("demo-control-plane-1");
        assertThat(init.at("/nodeRegistration/kubeletExtraArgs/0/name").asText()).isEqualTo("cloud-provider");
        assertThat(init.at("/nodeRegistration/kubeletExtraArgs/0/value").asText()).isEqualTo("external");
        assertThat(init.at("/nodeRegistration/taints").isMissingNode()).as("workers exist: kubeadm's taint stays")
                .isTrue();

        assertThat(cluster.path("controlPlaneEndpoint").asText()).isEqualTo("10.20.0.10:6443");
        assertThat(cluster.path("kubernetesVersion").asText()).isEqualTo("v1.35.4");
        assertThat(cluster.at("/networking/podSubnet").asText()).isEqualTo("10.244.0.0/16");
        assertThat(cluster.at("/networking/serviceSubnet").asText()).isEqualTo("10.96.0.0/12");
        assertThat(texts(cluster.at("/apiServer/certSANs")))
                .containsExactly("10.20.0.10", "203.0.113.7", "127.0.0.1", "localhost");
        assertThat(docs.get(2).path("cgroupDriver").asText()).isEqualTo("systemd");
    }

    @Test
    void oidcFlagsComeFromTheConfigOrTheClustersOwnKeycloakOrAreLeftOut() {
        JsonNode fromConfig = cluster(NodeConfigs.demo().oidc("https://id.example.com/realms/x", "kube"));
        assertThat(args(fromConfig)).containsExactly(
                "oidc-issuer-url=https://id.example.com/realms/x", "oidc-client-id=kube",
                "oidc-username-claim=preferred_username", "oidc-groups-claim=groups");

        JsonNode own = cluster(NodeConfigs.demo());
        assertThat(args(own)).contains("oidc-issuer-url=https://10.20.0.200/realms/opencenter",
                "oidc-client-id=kubernetes");

        JsonNode none = cluster(NodeConfigs.demo().disable("keycloak"));
        assertThat(none.at("/apiServer/extraArgs").isMissingNode()).isTrue();
    }

    @Test
    void joinsDiscoverThroughTheVipWithTheTokenAndTheCaHash() {
        NodeBootstrapInputs in = inputs(NodeConfigs.demo());
        for (NodeJoin join : List.of(NodeJoin.JOIN_CONTROL_PLANE, NodeJoin.JOIN_WORKER)) {
            List<JsonNode> docs = docs(KubeadmConfigs.forNode(in, join, "demo-node-2"));
            assertThat(docs).hasSize(1);
            JsonNode j = docs.get(0);
            assertThat(j.path("kind").asText()).isEqualTo("JoinConfiguration");
            JsonNode bt = j.at("/discovery/bootstrapToken");
            assertThat(bt.path("apiServerEndpoint").asText()).isEqualTo("10.20.0.10:6443");
            assertThat(bt.path("token").asText()).isEqualTo(pki.bootstrapToken());
            assertThat(texts(bt.path("caCertHashes"))).containsExactly(pki.discoveryHash());
            assertThat(j.at("/nodeRegistration/kubeletExtraArgs/0/value").asText()).isEqualTo("external");
            assertThat(j.has("controlPlane")).as(join.toString()).isEqualTo(join == NodeJoin.JOIN_CONTROL_PLANE);
        }
    }

    @Test
    void withoutWorkersTheControlPlanesTakeWorkloads() {
        NodeBootstrapInputs in = inputs(NodeConfigs.demo().pools(List.of()));
        assertThat(docs(KubeadmConfigs.init(in, "cp-1")).get(0).at("/nodeRegistration/taints").isArray()).isTrue();
        assertThat(docs(KubeadmConfigs.joinControlPlane(in, "cp-2")).get(0).at("/nodeRegistration/taints").size())
                .isZero();
    }

    private static NodeBootstrapInputs inputs(NodeConfigs c) {
        return NodeBootstrapInputs.of(c.config(), pki, "203.0.113.7");
    }

    private static JsonNode cluster(NodeConfigs c) {
        return docs(KubeadmConfigs.init(inputs(c), "cp-1")).get(1);
    }

    private static List<String> args(JsonNode cluster) {
        List<String> out = new ArrayList<>();
        cluster.at("/apiServer/extraArgs").forEach(a -> out.add(a.path("name").asText() + "=" + a.path("value").asText()));
        return out;
    }

    private static List<JsonNode> docs(String yaml) {
        return UserDataFiles.documents(yaml);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
