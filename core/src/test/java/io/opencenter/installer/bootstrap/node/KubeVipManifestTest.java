package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** kube-vip's static pod, and the kubeadm ≥ 1.29 super-admin.conf pitfall of the first control plane. */
class KubeVipManifestTest {
    private static final String VIP = "10.20.0.10";

    @TempDir
    Path dir;

    /**
     * The kube-vip super-admin pitfall: from kubeadm 1.29 admin.conf has no rights until kubeadm init has created
     * the kubeadm:cluster-admins binding, but init needs the VIP (served by kube-vip) before that. So the first
     * control plane's kube-vip mounts super-admin.conf during init; the others, and clusters before 1.29, use
     * admin.conf.
     */
    @Test
    void superAdminPitfall_firstControlPlaneFrom129MountsSuperAdminConfDuringInit() {
        assertThat(kubeconfigHostPath(KubeVipManifest.staticPod(VIP, "1.35.4", NodeJoin.INIT)))
                .isEqualTo("/etc/kubernetes/super-admin.conf");
        assertThat(kubeconfigHostPath(KubeVipManifest.staticPod(VIP, "1.29.0", NodeJoin.INIT)))
                .isEqualTo("/etc/kubernetes/super-admin.conf");
        assertThat(kubeconfigHostPath(KubeVipManifest.staticPod(VIP, "1.28.15", NodeJoin.INIT)))
                .as("before 1.29 admin.conf is system:masters").isEqualTo("/etc/kubernetes/admin.conf");
        assertThat(kubeconfigHostPath(KubeVipManifest.staticPod(VIP, "1.35.4", NodeJoin.JOIN_CONTROL_PLANE)))
                .as("a joining control plane finds the cluster up").isEqualTo("/etc/kubernetes/admin.conf");
    }

    /**
     * After init the first control plane's runcmd switches kube-vip back to admin.conf: running that very line on
     * the INIT manifest gives exactly the manifest a joining control plane has.
     */
    @Test
    void superAdminPitfall_theRuncmdSwitchesBackToAdminConfAfterInit() throws Exception {
        ClusterPki pki = NodeTestPki.create();
        NodeBootstrapInputs in = NodeBootstrapInputs.of(NodeConfigs.demo().config(), pki, "203.0.113.7");
        String initUserData = UserData.render(in, NodeJoin.INIT, "demo-control-plane-1");
        List<String> run = UserDataFiles.runcmd(initUserData);
        int init = run.indexOf("kubeadm init --config " + UserData.KUBEADM_CONFIG + " --skip-token-print");
        int swap = run.indexOf(KubeVipManifest.SWITCH_TO_ADMIN_CONF);
        assertThat(init).isNotNegative();
        assertThat(swap).as("switched right after init").isEqualTo(init + 1);

        Path manifest = dir.resolve("kube-vip.yaml");
        Files.writeString(manifest, UserDataFiles.files(initUserData).get(KubeVipManifest.PATH).content());
        String line = KubeVipManifest.SWITCH_TO_ADMIN_CONF.replace(KubeVipManifest.PATH, manifest.toString());
        NodeTools.Result sed = NodeTools.run(dir, List.of("sh", "-c", line));
        assertThat(sed.exit()).as(sed.output()).isZero();
        assertThat(Files.readString(manifest))
                .isEqualTo(KubeVipManifest.staticPod(VIP, "1.35.4", NodeJoin.JOIN_CONTROL_PLANE));

        String joinUserData = UserData.render(in, NodeJoin.JOIN_CONTROL_PLANE, "demo-control-plane-2");
        assertThat(UserDataFiles.runcmd(joinUserData)).doesNotContain(KubeVipManifest.SWITCH_TO_ADMIN_CONF);
    }

    @Test
    void arpLeaderElectionTheVipOnPort6443ControlPlaneOnlyPinnedImage() {
        JsonNode pod = NodeYaml.read(KubeVipManifest.staticPod(VIP, "1.35.4", NodeJoin.JOIN_CONTROL_PLANE));
        JsonNode container = pod.at("/spec/containers/0");
        Map<String, String> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText(null)));
        assertThat(env).containsEntry("vip_arp", "true").containsEntry("vip_leaderelection", "true")
                .containsEntry("address", VIP).containsEntry("port", "6443").containsEntry("cp_enable", "true")
                .containsEntry("svc_enable", "false");
        assertThat(container.path("env").findValues("value")).allMatch(JsonNode::isTextual);
        assertThat(container.path("image").asText()).isEqualTo("ghcr.io/kube-vip/kube-vip:v1.2.3")
                .doesNotEndWith(":latest");
        assertThat(pod.at("/spec/hostNetwork").asBoolean()).isTrue();
        assertThat(pod.at("/metadata/namespace").asText()).isEqualTo("kube-system");
        assertThatThrownBy(() -> KubeVipManifest.staticPod(VIP, "1.35.4", NodeJoin.JOIN_WORKER))
                .hasMessageContaining("control planes only");
        assertThat(UserDataFiles.files(UserData.render(NodeBootstrapInputs.of(NodeConfigs.demo().config(),
                NodeTestPki.create(), "203.0.113.7"), NodeJoin.JOIN_WORKER, "w-1"))).doesNotContainKey(KubeVipManifest.PATH);
    }

    private static String kubeconfigHostPath(String manifest) {
        JsonNode pod = NodeYaml.read(manifest);
        assertThat(pod.at("/spec/containers/0/volumeMounts/0/mountPath").asText())
                .isEqualTo("/etc/kubernetes/admin.conf");
        return pod.at("/spec/volumes/0/hostPath/path").asText();
    }
}
