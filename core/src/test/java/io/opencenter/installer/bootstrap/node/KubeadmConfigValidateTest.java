package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.spec.SupportedVersions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kubeadm config the user-data carries passes the real {@code kubeadm config validate} of the test bed's
 * kubeadm (1.35.4). kubeadm 1.35 deploys control planes of 1.34 and 1.35 only, so for the older supported releases
 * (1.32, 1.33) its one complaint about the InitConfiguration must be that version skew, and their join configs
 * (which name no version) must pass.
 */
class KubeadmConfigValidateTest {
    private static ClusterPki pki;
    private static final String FLOATING_IP = "203.0.113.7";

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        pki = NodeTestPki.create();
    }

    static Stream<Arguments> configs() {
        List<Arguments> all = new ArrayList<>();
        for (String version : SupportedVersions.KUBERNETES) {
            for (NodeJoin join : NodeJoin.values()) {
                all.add(Arguments.of(version, join, "plain"));
            }
        }
        for (NodeJoin join : NodeJoin.values()) {
            all.add(Arguments.of(SupportedVersions.DEFAULT_KUBERNETES, join, "oidc+offline"));
            all.add(Arguments.of(SupportedVersions.DEFAULT_KUBERNETES, join, "no-workers"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("configs")
    void kubeadmAcceptsTheConfig(String version, NodeJoin join, String variant) throws Exception {
        NodeConfigs c = NodeConfigs.demo().version(version);
        switch (variant) {
            case "oidc+offline" -> c.oidc("https://keycloak.example.com/realms/opencenter", "k8s")
                    .offline("registry.internal:5000");
            case "no-workers" -> c.pools(List.of());
            default -> { }
        }
        String yaml = KubeadmConfigs.forNode(NodeBootstrapInputs.of(c.config(), pki, FLOATING_IP), join,
                "demo-node-1");
        NodeTools.Result result = validate(yaml);

        boolean kubeadmDeploysIt = KubeVersion.parse(version).atLeast(1, 34);
        if (join == NodeJoin.INIT && !kubeadmDeploysIt) {
            assertThat(result.exit()).as("kubeadm 1.35 refuses a %s control plane", version).isNotZero();
            assertThat(result.output())
                    .contains("only supports deploying clusters with the control plane version >= 1.34.0")
                    .contains("v" + version);
        } else {
            assertThat(result.exit()).as("kubeadm config validate said:\n%s\nof:\n%s", result.output(), yaml)
                    .isZero();
        }
    }

    /** The check can fail: kubeadm rejects a malformed token, so a passing config was really checked. */
    @Test
    void kubeadmRejectsAMalformedToken() throws Exception {
        ClusterPki bad = new ClusterPki(pki.clusterCa(), pki.frontProxyCa(), pki.etcdCa(),
                pki.serviceAccountPublicPem(), pki.serviceAccountPrivatePem(), pki.admin(), "NOT-A-TOKEN");
        String yaml = KubeadmConfigs.init(NodeBootstrapInputs.of(NodeConfigs.demo().config(), bad, FLOATING_IP),
                "demo-control-plane-1");
        NodeTools.Result result = validate(yaml);
        assertThat(result.exit()).isNotZero();
        assertThat(result.output()).contains("bootstrap token");
    }

    private NodeTools.Result validate(String yaml) throws Exception {
        Path kubeadm = NodeTools.kubeadm();
        Path file = dir.resolve("kubeadm.yaml");
        Files.writeString(file, yaml);
        return NodeTools.run(dir, List.of(kubeadm.toString(), "config", "validate", "--config", file.toString()));
    }
}
