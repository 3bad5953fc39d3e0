package io.opencenter.installer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With a state file the cloud, its tokens included, survives a restart (as an installer restart needs). */
class SandboxStateFileTest {

    @Test
    void resourcesAndTokensSurviveARestart(@TempDir Path dir) {
        Path file = dir.resolve("sandbox-state.json");
        SandboxOptions options = SandboxOptions.builder().stateFile(file).build();
        String token;
        String networkId;
        try (SandboxCloud first = SandboxCloud.start(options)) {
            RawClient raw = new RawClient(first).login();
            token = raw.token();
            JsonNode created = RawClient.json(raw.call("POST", "/networking/v2.0/networks",
                    "{\"network\":{\"name\":\"kept\"}}"));
            networkId = created.path("network").path("id").asText();
            raw.call("PUT", "/networking/v2.0/networks/" + networkId + "/tags/cluster-a", null);
        }
        assertThat(file).exists();
        assertThat(dir.toFile().list()).containsExactly("sandbox-state.json");

        try (SandboxCloud second = SandboxCloud.start(options)) {
            RawClient raw = new RawClient(second);
            var r = raw.send("GET", "http://127.0.0.1:" + second.port() + "/networking/v2.0/networks?tags=cluster-a",
                    null, token);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(RawClient.json(r).path("networks").findValuesAsText("id")).containsExactly(networkId);
        }
    }

    @Test
    void withoutAStateFileNothingIsWritten(@TempDir Path dir) throws Exception {
        try (SandboxCloud cloud = SandboxCloud.start()) {
            new RawClient(cloud).login().call("POST", "/networking/v2.0/networks", "{\"network\":{\"name\":\"x\"}}");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
