package io.opencenter.installer.bootstrap.node;

import java.util.List;

/**
 * The runcmd lines that install containerd and kubelet, kubeadm, kubectl at the cluster's release from
 * pkgs.k8s.io (one apt repository per minor release, signed by that repository's key), and hold them so an
 * unattended upgrade cannot move the node off the cluster's version.
 *
 * <p>Each step is skipped when the image already has what it installs (containerd; kubeadm at exactly this
 * version): a node image with the packages baked in boots without any package repository, as an offline site needs.
 */
final class KubernetesPackages {
    static final String KEYRING = "/etc/apt/keyrings/kubernetes-apt-keyring.gpg";
    static final String SOURCE_LIST = "/etc/apt/sources.list.d/kubernetes.list";
    static final String APT_INSTALL = "DEBIAN_FRONTEND=noninteractive apt-get install -y -q"
            // containerd's package must keep the config.toml that write_files put there before it
            + " -o Dpkg::Options::=--force-confold";

    private KubernetesPackages() {}

    static List<String> commands(KubeVersion version) {
        String repo = "https://pkgs.k8s.io/core:/stable:/" + version.minorLine() + "/deb/";
        String wanted = version.toString() + "-*";
        String kubernetes = String.join("; ",
                "apt-get update -q",
                APT_INSTALL + " ca-certificates curl gpg",
                "install -d -m 0755 /etc/apt/keyrings",
                "curl -fsSL --retry 5 " + Shell.quote(repo + "Release.key") + " | gpg --dearmor --yes -o " + KEYRING,
                "echo " + Shell.quote("deb [signed-by=" + KEYRING + "] " + repo + " /") + " > " + SOURCE_LIST,
                "apt-get update -q",
                APT_INSTALL + " " + Shell.quote("kubelet=" + wanted) + " " + Shell.quote("kubeadm=" + wanted)
                        + " " + Shell.quote("kubectl=" + wanted));
        return List.of(
                "command -v containerd >/dev/null || { apt-get update -q; " + APT_INSTALL + " containerd; }",
                "systemctl restart containerd",
                "systemctl enable containerd",
                "if [ \"$(kubeadm version -o short 2>/dev/null || true)\" != " + Shell.quote(version.tag())
                        + " ]; then " + kubernetes + "; fi",
                "apt-mark hold kubelet kubeadm kubectl",
                "systemctl enable --now kubelet");
    }
}
