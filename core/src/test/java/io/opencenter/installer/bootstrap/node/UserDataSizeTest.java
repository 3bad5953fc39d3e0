package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User-data fits Nova's limit with the largest config. Nova's API checks {@code user_data} as the base64 text the
 * client sends, at most 65535 characters, which is stricter than 64 KiB of decoded text (the decoded limit is then
 * 49151 bytes); the test holds the base64 length to it.
 */
class UserDataSizeTest {
    /** Nova's server-create schema: {@code user_data} is base64 of at most 65535 characters. */
    static final int NOVA_BASE64_LIMIT = 65535;

    @Test
    void theLargestConfigsUserDataFitsNovasLimit() {
        List<String[]> pools = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            pools.add(new String[] {"pool-with-a-rather-long-name-number-" + i, "100"});
        }
        String longName = "a-cluster-name-of-the-longest-40-chars-x";
        assertThat(longName).hasSize(40);
        NodeConfigs c = NodeConfigs.demo().name(longName).controlPlanes(5).pools(pools)
                .oidc("https://keycloak.some-very-long-subdomain-name.of-a-long-organisation-domain.example.com"
                        + "/realms/opencenter-production-realm-with-a-long-name", "kubernetes-api-server-client")
                .offline("registry.offline-site.of-a-long-organisation-domain.example.com:5000/opencenter/mirror");
        // RSA 4096 throughout: larger keys and certificates than kubeadm's default 2048
        ClusterPki pki = NodeTestPki.create(4096);
        NodeBootstrapInputs in = NodeBootstrapInputs.of(c.config(), pki, "203.0.113.254");
        for (NodeJoin join : NodeJoin.values()) {
            String userData = UserData.render(in, join, longName + "-control-plane-5");
            int decoded = userData.getBytes(StandardCharsets.UTF_8).length;
            int base64 = Base64.getEncoder().encodeToString(userData.getBytes(StandardCharsets.UTF_8)).length();
            System.out.printf("user-data %s: %d bytes, %d base64 (Nova's limit %d, %.0f %% used)%n", join, decoded,
                    base64, NOVA_BASE64_LIMIT, 100.0 * base64 / NOVA_BASE64_LIMIT);
            assertThat(base64).as("base64 of the %s user-data", join).isLessThanOrEqualTo(NOVA_BASE64_LIMIT);
        }
    }
}
