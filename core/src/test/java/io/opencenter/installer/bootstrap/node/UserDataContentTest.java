package io.opencenter.installer.bootstrap.node;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each role's user-data writes and runs, and in which order. */
class UserDataContentTest {
    private static ClusterPki pki;
    private static NodeBootstrapInputs online;
    private static NodeBootstrapInputs offline;

    @BeforeAll
    static void inputs() {
        pki = NodeTestPki.create();
        online = NodeBootstrapInputs.of(NodeConfigs.demo().config(), pki, "203.0.113.7");
        offline = NodeBootstrapInputs.of(NodeConfigs.demo().offline("registry.internal:5000").config(), pki,
                "203.0.113.7");
    }

    @Test
    void everyNodeGetsModulesSysctlsSwapOffContainerdAndThePinnedPackages() {
        for (NodeJoin join : NodeJoin.values()) {
            String ud = UserData.render(online, join, "demo-node-1");
            Map<String, UserDataFiles.File> files = UserDataFiles.files(ud);
            assertThat(files.get(UserData.MODULES).content()).contains("overlay", "br_netfilter");
            assertThat(files.get(UserData.SYSCTLS).content())
                    .contains("net.ipv4.ip_forward = 1", "net.bridge.bridge-nf-call-iptables = 1");
            assertThat(files.get(ContainerdConfig.CONFIG_PATH).content()).contains("SystemdCgroup = true");
            List<String> run = UserDataFiles.runcmd(ud);
            assertThat(run.get(0)).isEqualTo("set -eux");
            assertThat(run).contains("modprobe overlay", "modprobe br_netfilter", "sysctl --system", "swapoff -a",
                    "apt-mark hold kubelet kubeadm kubectl");
            assertThat(String.join("\n", run))
                    .contains("https://pkgs.k8s.io/core:/stable:/v1.35/deb/")
                    .contains("'kubelet=1.35.4-*' 'kubeadm=1.35.4-*' 'kubectl=1.35.4-*'")
                    .contains("!= 'v1.35.4'");
            assertThat(files.get(UserData.KUBEADM_CONFIG).permissions()).isEqualTo("0600");
        }
    }

    @Test
    void thePackageRepositoryFollowsTheConfigsMinorRelease() {
        NodeBootstrapInputs in = NodeBootstrapInputs.of(NodeConfigs.demo().version("1.33.5").config(), pki, "203.0.113.7");
        String run = String.join("\n", UserDataFiles.runcmd(UserData.render(in, NodeJoin.JOIN_WORKER, "w-1")));
        assertThat(run).contains("https://pkgs.k8s.io/core:/stable:/v1.33/deb/", "'kubeadm=1.33.5-*'")
                .doesNotContain("v1.35");
    }

    @Test
    void theFirstControlPlaneInitsThenAppliesCalicoBeforeAnythingElseThenTheAdminBinding() {
        List<String> run = UserDataFiles.runcmd(UserData.render(online, NodeJoin.INIT, "demo-control-plane-1"));
        int init = indexOf(run, "kubeadm init --config " + UserData.KUBEADM_CONFIG);
        int calicoFetch = indexOf(run, "retry curl -fsSL -o " + CalicoStep.MANIFEST);
        int calicoApply = indexOf(run, "-f " + CalicoStep.MANIFEST);
        int binding = indexOf(run, "-f " + UserData.ADMIN_BINDING);
        assertThat(init).isPositive();
        assertThat(calicoFetch).isGreaterThan(init);
        assertThat(calicoApply).isGreaterThan(calicoFetch);
        assertThat(binding).as("nothing is applied before Calico").isGreaterThan(calicoApply);
        assertThat(run.stream().filter(l -> l.contains("kubectl --kubeconfig")).findFirst().orElseThrow())
                .as("the first kubectl command applies Calico").contains(CalicoStep.MANIFEST);
        assertThat(run.get(init)).contains("--skip-token-print");
        assertThat(run).noneMatch(l -> l.startsWith("kubeadm join"));
        assertThat(run.get(calicoFetch)).contains(CalicoStep.manifestUrl(null))
                .contains("projectcalico/calico/v3.32.0/manifests/calico.yaml");
    }

    @Test
    void joiningNodesJoinAndNeverInit() {
        for (NodeJoin join : List.of(NodeJoin.JOIN_CONTROL_PLANE, NodeJoin.JOIN_WORKER)) {
            List<String> run = UserDataFiles.runcmd(UserData.render(online, join, "demo-node-2"));
            assertThat(run).contains("kubeadm join --config " + UserData.KUBEADM_CONFIG);
            assertThat(run).noneMatch(l -> l.contains("kubeadm init") || l.contains("calico")
                    || l.contains("kubectl --kubeconfig"));
        }
    }

    @Test
    void onlyControlPlanesGetTheCaFilesAndKubeVip() {
        Map<String, UserDataFiles.File> cp = UserDataFiles.files(
                UserData.render(online, NodeJoin.JOIN_CONTROL_PLANE, "demo-control-plane-2"));
        assertThat(cp).containsKeys("/etc/kubernetes/pki/ca.crt", "/etc/kubernetes/pki/ca.key",
                "/etc/kubernetes/pki/front-proxy-ca.crt", "/etc/kubernetes/pki/front-proxy-ca.key",
                "/etc/kubernetes/pki/etcd/ca.crt", "/etc/kubernetes/pki/etcd/ca.key",
                "/etc/kubernetes/pki/sa.key", "/etc/kubernetes/pki/sa.pub", KubeVipManifest.PATH);
        assertThat(cp.get("/etc/kubernetes/pki/ca.key").content()).isEqualTo(pki.clusterCa().keyPem());
        assertThat(cp.get("/etc/kubernetes/pki/etcd/ca.key").content()).isEqualTo(pki.etcdCa().keyPem());
        assertThat(cp.get("/etc/kubernetes/pki/sa.key").content()).isEqualTo(pki.serviceAccountPrivatePem());
        cp.forEach((path, f) -> {
            if (path.endsWith(".key")) {
                assertThat(f.permissions()).as(path).isEqualTo("0600");
            }
        });
        assertThat(cp).doesNotContainKey(UserData.ADMIN_BINDING);
        // the installer's own client certificate never goes to a node
        assertThat(UserData.render(online, NodeJoin.INIT, "cp-1")).doesNotContain(pki.admin().keyPem())
                .doesNotContain(pki.admin().certPem());

        Map<String, UserDataFiles.File> worker = UserDataFiles.files(
                UserData.render(online, NodeJoin.JOIN_WORKER, "demo-default-1"));
        assertThat(worker.keySet()).noneMatch(p -> p.startsWith("/etc/kubernetes/"));
    }

    @Test
    void workersCarryNoPrivateKeyAndNoCaKeyOnlyTheTokenAndTheCaHash() {
        for (NodeBootstrapInputs in : List.of(online, offline)) {
            String worker = UserData.render(in, NodeJoin.JOIN_WORKER, "demo-default-1");
            assertThat(worker).doesNotContain("PRIVATE KEY")
                    .doesNotContain(pki.clusterCa().keyPem().lines().skip(1).findFirst().orElseThrow())
                    .doesNotContain(pki.serviceAccountPrivatePem().lines().skip(1).findFirst().orElseThrow())
                    .contains(pki.bootstrapToken())
                    .contains(pki.discoveryHash());
        }
        // the same check sees keys where they are
        assertThat(UserData.render(online, NodeJoin.JOIN_CONTROL_PLANE, "cp-2")).contains("PRIVATE KEY");
    }

    @Test
    void noCommandLineCarriesTheBootstrapToken() {
        for (NodeJoin join : NodeJoin.values()) {
            assertThat(UserDataFiles.runcmd(UserData.render(offline, join, "n-1")))
                    .noneMatch(l -> l.contains(pki.bootstrapToken()));
        }
    }

    @Test
    void offlineNodesMirrorEveryUpstreamRegistryOnlineNodesNone() {
        Map<String, UserDataFiles.File> off = UserDataFiles.files(UserData.render(offline, NodeJoin.JOIN_WORKER, "w-1"));
        for (String upstream : List.of("docker.io", "registry.k8s.io", "quay.io", "ghcr.io")) {
            assertThat(off.get("/etc/containerd/certs.d/" + upstream + "/hosts.toml").content())
                    .contains("https://registry.internal:5000/v2/" + upstream);
        }
        Map<String, UserDataFiles.File> on = UserDataFiles.files(UserData.render(online, NodeJoin.JOIN_WORKER, "w-1"));
        assertThat(on.keySet()).noneMatch(p -> p.startsWith(ContainerdConfig.CERTS_D));
        assertThat(String.join("\n", UserDataFiles.runcmd(UserData.render(offline, NodeJoin.INIT, "cp-1"))))
                .contains(CalicoStep.manifestUrl("registry.internal:5000")).doesNotContain("githubusercontent");
    }

    @Test
    void theSameInputsGiveTheSameUserData() {
        assertThat(UserData.render(online, NodeJoin.INIT, "cp-1")).isEqualTo(UserData.render(online, NodeJoin.INIT, "cp-1"));
    }

    @Test
    void aMissingNodeNameOrVipIsNamed() {
        assertThatThrownBy(() -> UserData.render(online, NodeJoin.INIT, " "))
                .hasMessageContaining("node name");
        assertThat(online.toString()).doesNotContain(pki.bootstrapToken());
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
