package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values with YAML-special characters (an unvalidated cluster name, an issuer URL with a fragment and quotes) still
 * give valid YAML at both levels, the cloud-config and the kubeadm file inside it, and arrive unchanged.
 */
class YamlEscapingTest {
    private static final String NAME = "a: b #c - [d] {e} 'f' \"g\" |h >i *j &k !l %m @n `o`";
    private static final String ISSUER = "https://kc.example.com/realms/a#b: c?x='y'&z=\"w\"\n- injected: true";

    @TempDir
    Path dir;

    @Test
    void specialCharactersStayValuesNotStructure() throws Exception {
        ClusterPki pki = NodeTestPki.create();
        NodeBootstrapInputs in = NodeBootstrapInputs.of(NodeConfigs.demo().name(NAME).oidc(ISSUER, "c: #1").config(),
                pki, "203.0.113.7");
        String userData = UserData.render(in, NodeJoin.INIT, "node: #1");

        JsonNode cloudConfig = UserDataFiles.parse(userData);
        List<String> topKeys = new ArrayList<>();
        cloudConfig.fieldNames().forEachRemaining(topKeys::add);
        assertThat(topKeys).containsExactly("write_files", "runcmd");

        String kubeadm = UserDataFiles.files(userData).get(UserData.KUBEADM_CONFIG).content();
        List<JsonNode> docs = UserDataFiles.documents(kubeadm);
        assertThat(docs).hasSize(3);
        assertThat(docs.get(0).at("/nodeRegistration/name").asText()).isEqualTo("node: #1");
        assertThat(docs.get(1).path("clusterName").asText()).isEqualTo(NAME);
        JsonNode args = docs.get(1).at("/apiServer/extraArgs");
        assertThat(args.get(0).path("name").asText()).isEqualTo("oidc-issuer-url");
        assertThat(args.get(0).path("value").asText()).isEqualTo(ISSUER);
        assertThat(args.get(1).path("value").asText()).isEqualTo("c: #1");
        assertThat(args).hasSize(4);

        Path file = dir.resolve("user-data.yaml");
        Files.writeString(file, userData);
        NodeTools.Result schema = NodeTools.run(dir,
                List.of(NodeTools.cloudInit().toString(), "schema", "--config-file", file.toString()));
        assertThat(schema.exit()).as(schema.output()).isZero();
    }
}
