package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.spec.ClusterConfig;
import org.junit.jupiter.api.BeforeAll;
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
 * Every kind of user-data passes the real {@code cloud-init schema} (Debian's cloud-init), and its runcmd script
 * parses with the real {@code /bin/sh}: first control plane, joining control plane and worker, each online and
 * offline, with an OIDC issuer from the config, with the cluster's own Keycloak, and with no issuer at all.
 */
class UserDataSchemaTest {
    private static ClusterPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        pki = NodeTestPki.create();
    }

    static Stream<Arguments> variants() {
        List<Arguments> all = new ArrayList<>();
        for (NodeJoin join : NodeJoin.values()) {
            for (boolean offline : new boolean[] {false, true}) {
                for (String oidc : new String[] {"config", "own-keycloak", "none"}) {
                    all.add(Arguments.of(join, offline, oidc));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, offline={1}, oidc={2}")
    @MethodSource("variants")
    void passesCloudInitsSchemaAndTheShell(NodeJoin join, boolean offline, String oidc) throws Exception {
        NodeConfigs c = NodeConfigs.demo();
        if (offline) {
            c.offline("registry.internal:5000");
        }
        switch (oidc) {
            case "config" -> c.oidc("https://keycloak.example.com/realms/opencenter", "kubernetes");
            case "none" -> c.disable("keycloak");
            default -> { }
        }
        ClusterConfig config = c.config();
        String userData = UserData.render(NodeBootstrapInputs.of(config, pki, "203.0.113.7"), join,
                "demo-node-1");

        Path file = dir.resolve("user-data.yaml");
        Files.writeString(file, userData);
        NodeTools.Result schema = NodeTools.run(dir,
                List.of(NodeTools.cloudInit().toString(), "schema", "--config-file", file.toString()));
        assertThat(schema.exit()).as("cloud-init schema said:\n%s", schema.output()).isZero();
        assertThat(schema.output()).contains("Valid cloud-config");

        Path script = dir.resolve("runcmd.sh");
        Files.writeString(script, String.join("\n", UserDataFiles.runcmd(userData)) + "\n");
        NodeTools.Result sh = NodeTools.run(dir, List.of(NodeTools.program("sh", "a POSIX shell").toString(), "-n",
                script.toString()));
        assertThat(sh.exit()).as("sh -n said:\n%s", sh.output()).isZero();
    }
}
