package io.opencenter.installer.kube.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.TestPki;
import io.opencenter.installer.sandbox.kube.SandboxKubernetes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes contract against the sandbox's simulated API server, through the installer's own fabric8 adapter
 * ({@code KubeConnector.connect}) with TLS verified: the server's certificate is issued for 127.0.0.1 by a CA that
 * the kubeconfig carries, as the cluster's CA would issue it. One server for the class, with a state file, so every
 * test also writes the state after each change.
 */
class SandboxKubeContractTest extends KubeContract {

    private static final String TOKEN = "sandbox-token-not-checked-by-the-server";

    @TempDir
    static Path dir;
    private static TestPki ca;
    private static SandboxKubernetes.Running kube;
    private static Path kubeconfig;

    @BeforeAll
    static void startTheSandboxApiServer() {
        ca = TestPki.newCa("sandbox-cluster-ca");
        kube = SandboxKubernetes.start(dir.resolve("state.json"), "contract", "1.35.4", ca.serverCertificate());
        kubeconfig = Kubeconfigs.write(dir.resolve("kubeconfig"), kube.apiUrl(), ca.caPem(), TOKEN);
    }

    @AfterAll
    static void stop() {
        if (kube != null) {
            kube.close();
        }
    }

    @Override
    protected Path kubeconfig() {
        return kubeconfig;
    }

    @Test
    void theServerIsOnLoopbackOverHttpsAndAnswersTheConfigsVersion() {
        assertThat(kube.apiUrl()).matches("https://127\\.0\\.0\\.1:\\d+");
        assertThat(cluster.serverVersion()).isEqualTo("v1.35.4");
    }

    @Test
    void everyChangeIsInTheStateFileBesideTheClouds() throws Exception {
        cluster.apply(ContractObjects.configMap(namespace, "kept", "{a: '1'}"), ApplyOptions.DEFAULT);
        Path state = dir.resolve("state-kube-contract.json");
        assertThat(kube.stateFile()).isEqualTo(state);
        JsonNode saved = new ObjectMapper().readTree(state.toFile());
        assertThat(saved.path("simulated").asText()).isEqualTo(SandboxKubernetes.LABEL);
        assertThat(saved.path("objects").findValues("object")).anySatisfy(o -> {
            assertThat(o.path("metadata").path("name").asText()).isEqualTo("kept");
            assertThat(o.path("metadata").path("namespace").asText()).isEqualTo(namespace);
        });
    }
}
