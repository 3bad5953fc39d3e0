package io.opencenter.installer.bootstrap.node;

import java.util.List;
import java.util.Objects;

/**
 * The {@code #cloud-config} user-data a server boots into a Kubernetes node with, without SSH:
 * <ol>
 *   <li>kernel modules ({@code overlay}, {@code br_netfilter}) and sysctls for bridged and forwarded traffic, swap
 *       off;</li>
 *   <li>containerd (systemd cgroups; in an offline install every upstream registry mirrored to the offline one)
 *       and kubelet, kubeadm, kubectl at {@code spec.kubernetes.version} from pkgs.k8s.io, held;</li>
 *   <li>on control planes only: the cluster's CAs and service-account keys under {@code /etc/kubernetes/pki} and
 *       kube-vip's static pod; workers get no secret but the bootstrap token inside their kubeadm file;</li>
 *   <li>the kubeadm config ({@link KubeadmConfigs}), then {@code kubeadm init} on the first control plane or
 *       {@code kubeadm join} on the others;</li>
 *   <li>on the first control plane after init: kube-vip back to {@code admin.conf}, Calico, then the installer's
 *       admin binding.</li>
 * </ol>
 * The commands run as one {@code sh -eux} script: the first failing command stops the boot, and the console log
 * shows which one. No command line carries a secret ({@code --skip-token-print} keeps the token out of the log).
 * The output is deterministic for a given input, so planning twice gives the same servers.
 */
public final class UserData {
    static final String KUBEADM_CONFIG = "/etc/opencenter/kubeadm.yaml";
    static final String ADMIN_BINDING = "/etc/opencenter/admin-binding.yaml";
    static final String MODULES = "/etc/modules-load.d/kubernetes.conf";
    static final String SYSCTLS = "/etc/sysctl.d/90-kubernetes.conf";
    /** Retries a command (the API behind the VIP can blink while kube-vip restarts), 30 times 10 s apart. */
    static final String RETRY_FUNCTION =
            "retry() { n=0; until \"$@\"; do n=$((n+1)); [ \"$n\" -lt 30 ] || return 1; sleep 10; done; }";

    private UserData() {}

    public static String render(NodeBootstrapInputs in, NodeJoin join, String nodeName) {
        Objects.requireNonNull(join, "join");
        if (nodeName == null || nodeName.isBlank()) {
            throw new IllegalArgumentException("a node name is needed for the user-data");
        }
        ClusterFacts facts = ClusterFacts.of(in.config());
        CloudConfig cc = new CloudConfig();
        cc.file(CloudConfig.WriteFile.readable(MODULES, "overlay\nbr_netfilter\n"));
        cc.file(CloudConfig.WriteFile.readable(SYSCTLS, """
                net.bridge.bridge-nf-call-iptables = 1
                net.bridge.bridge-nf-call-ip6tables = 1
                net.ipv4.ip_forward = 1
                """));
        cc.file(CloudConfig.WriteFile.readable(ContainerdConfig.CONFIG_PATH, ContainerdConfig.configToml()));
        if (in.registryMirror() != null) {
            for (String upstream : ContainerdConfig.mirrored()) {
                cc.file(CloudConfig.WriteFile.readable(ContainerdConfig.hostsPath(upstream),
                        ContainerdConfig.hostsToml(upstream, in.registryMirror())));
            }
        }
        if (join.controlPlane()) {
            cc.files(ControlPlaneFiles.of(in.pki()));
            cc.file(CloudConfig.WriteFile.readable(KubeVipManifest.PATH,
                    KubeVipManifest.staticPod(facts.apiVip(), facts.version().toString(), join)));
        }
        cc.file(CloudConfig.WriteFile.secret(KUBEADM_CONFIG, KubeadmConfigs.forNode(in, join, nodeName)));
        if (join == NodeJoin.INIT) {
            cc.file(CloudConfig.WriteFile.readable(ADMIN_BINDING, AdminBinding.manifest()));
        }

        cc.run("set -eux");
        cc.run(RETRY_FUNCTION);
        cc.run(List.of(
                "modprobe overlay",
                "modprobe br_netfilter",
                "sysctl --system",
                "swapoff -a",
                // comment out swap lines in fstab (idempotent: an already commented line stays one '#')
                "sed -i '/[[:space:]]swap[[:space:]]/ s/^#*/#/' /etc/fstab"));
        cc.run(KubernetesPackages.commands(facts.version()));
        switch (join) {
            case INIT -> {
                cc.run("kubeadm init --config " + KUBEADM_CONFIG + " --skip-token-print");
                if (KubeVipManifest.needsSuperAdmin(join, facts.version())) {
                    cc.run(KubeVipManifest.SWITCH_TO_ADMIN_CONF);
                }
                // admin.conf has cluster-admin rights once init is done; super-admin.conf is not needed any more
                cc.run(CalicoStep.commands(facts.podCidr(), in.registryMirror(), KubeVipManifest.ADMIN_CONF));
                cc.run("retry kubectl --kubeconfig " + KubeVipManifest.ADMIN_CONF
                        + " apply --server-side --field-manager " + CalicoStep.FIELD_MANAGER + " -f " + ADMIN_BINDING);
            }
            case JOIN_CONTROL_PLANE, JOIN_WORKER -> cc.run("kubeadm join --config " + KUBEADM_CONFIG);
        }
        return cc.render();
    }
}
