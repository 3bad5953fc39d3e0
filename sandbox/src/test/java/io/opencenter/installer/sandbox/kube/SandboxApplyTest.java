package io.opencenter.installer.sandbox.kube;

import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Kubeconfigs;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.client.KubeConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox's simplified field ownership where more than one manager applies: a field set to the same value by
 * two managers is shared (no conflict, and it stays while either still sends it); forcing takes only the
 * conflicting fields.
 */
class SandboxApplyTest {

    @TempDir
    Path dir;
    private SandboxKubernetes.Running kube;
    private KubeCluster cluster;

    @BeforeEach
    void start() {
        kube = SandboxKubernetes.start(null, "apply", "1.35.4", null);
        cluster = KubeConnector.connect(Kubeconfigs.write(dir.resolve("kubeconfig"), kube.apiUrl(), null,
                "not-checked-by-the-sandbox"));
    }

    @AfterEach
    void stop() {
        cluster.close();
        kube.close();
    }

    private KubeObject apply(String manager, String data, boolean force) {
        return cluster.apply(Manifest.parse("{apiVersion: v1, kind: ConfigMap, metadata: {name: shared, "
                + "namespace: default}, data: " + data + "}"), new ApplyOptions(manager, force));
    }

    @Test
    void aFieldTwoManagersSetAlikeIsSharedAndStaysWhileOneStillSendsIt() {
        apply("alpha", "{x: '1', y: '2'}", false);
        apply("beta", "{x: '1'}", false); // same value: no conflict
        KubeObject alphaDropsX = apply("alpha", "{y: '2'}", false);
        assertThat(alphaDropsX.content().get("data")).isEqualTo(Map.of("x", "1", "y", "2"));
        KubeObject betaDropsX = apply("beta", "{z: '3'}", false);
        assertThat(betaDropsX.content().get("data")).isEqualTo(Map.of("y", "2", "z", "3"));
        assertThat(betaDropsX.applyManagers()).containsExactly("alpha", "beta");
    }

    @Test
    void forcingTakesOnlyTheConflictingFields() {
        apply("alpha", "{x: '1', y: '2'}", false);
        assertThatThrownBy(() -> apply("beta", "{x: '9', y: '2'}", false))
                .isInstanceOfSatisfying(KubeException.class, e -> assertThat(e.getMessage())
                        .contains("conflict with \"alpha\"").contains(".data.x").doesNotContain(".data.y"));
        apply("beta", "{x: '9', y: '2'}", true);
        // alpha still shares y: when beta stops sending it, it stays; x is beta's alone now
        KubeObject after = apply("beta", "{}", false);
        assertThat(after.content().get("data")).isEqualTo(Map.of("y", "2"));
        assertThat(after.applyManagers()).contains("alpha");
    }
}
