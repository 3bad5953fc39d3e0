package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The kubeadm configuration file each node runs {@code kubeadm init --config} or {@code kubeadm join --config} with,
 * in kubeadm's {@value #API_VERSION} API: the only one kubeadm 1.35 reads, and read by every release the installer
 * supports (1.32 to 1.35; v1beta4 exists since 1.31).
 *
 * <p>Each file holds the bootstrap token, a secret: user-data writes it 0600 and nothing logs it.
 */
public final class KubeadmConfigs {
    public static final String API_VERSION = "kubeadm.k8s.io/v1beta4";
    static final String KUBELET_API_VERSION = "kubelet.config.k8s.io/v1beta1";
    /** containerd's CRI socket; named so that kubeadm does not have to guess among runtimes. */
    static final String CRI_SOCKET = "unix:///run/containerd/containerd.sock";
    static final String TOKEN_GROUP = "system:bootstrappers:kubeadm:default-node-token";
    /** How long the bootstrap token lets nodes join: long enough for a slow cloud to boot every server. */
    static final String TOKEN_TTL = "24h0m0s";
    /**
     * How long a joining node keeps retrying discovery: it may boot long before the first control plane has
     * finished {@code kubeadm init} (kubeadm's default is 5 minutes).
     */
    static final String DISCOVERY_TIMEOUT = "30m0s";

    private KubeadmConfigs() {}

    /** The first control plane's file: InitConfiguration, ClusterConfiguration and KubeletConfiguration. */
    public static String init(NodeBootstrapInputs in, String nodeName) {
        ClusterFacts facts = ClusterFacts.of(in.config());
        ObjectNode init = kind("InitConfiguration");
        ObjectNode token = init.putArray("bootstrapTokens").addObject();
        token.put("token", in.pki().bootstrapToken());
        token.put("ttl", TOKEN_TTL);
        token.putArray("usages").add("signing").add("authentication");
        token.putArray("groups").add(TOKEN_GROUP);
        init.set("nodeRegistration", nodeRegistration(facts, nodeName, true));
        return NodeYaml.documents(List.of(init, cluster(in, facts), kubelet()));
    }

    /** A further control plane's JoinConfiguration: the CAs are already on its disk, so no certificate key. */
    public static String joinControlPlane(NodeBootstrapInputs in, String nodeName) {
        ObjectNode join = join(in, nodeName, true);
        join.putObject("controlPlane");
        return NodeYaml.write(join);
    }

    /** A worker's JoinConfiguration. */
    public static String joinWorker(NodeBootstrapInputs in, String nodeName) {
        return NodeYaml.write(join(in, nodeName, false));
    }

    /** The file for {@code join}. */
    public static String forNode(NodeBootstrapInputs in, NodeJoin join, String nodeName) {
        return switch (join) {
            case INIT -> init(in, nodeName);
            case JOIN_CONTROL_PLANE -> joinControlPlane(in, nodeName);
            case JOIN_WORKER -> joinWorker(in, nodeName);
        };
    }

    private static ObjectNode cluster(NodeBootstrapInputs in, ClusterFacts facts) {
        ObjectNode c = kind("ClusterConfiguration");
        c.put("clusterName", facts.clusterName());
        c.put("kubernetesVersion", facts.version().tag());
        c.put("controlPlaneEndpoint", facts.endpoint());
        ObjectNode net = c.putObject("networking");
        net.put("podSubnet", facts.podCidr());
        net.put("serviceSubnet", facts.serviceCidr());
        ObjectNode api = c.putObject("apiServer");
        // The VIP for the nodes, the floating IP for the installer, and 127.0.0.1/localhost so that a kubectl on
        // the node itself (or a test harness forwarding a local port to it) connects with TLS verified too.
        api.putArray("certSANs").add(facts.apiVip()).add(in.apiFloatingIp()).add("127.0.0.1").add("localhost");
        List<String[]> oidc = ApiServerOidc.flags(in.config().spec());
        if (!oidc.isEmpty()) {
            api.set("extraArgs", NodeYaml.nameValues(oidc));
        }
        return c;
    }

    private static ObjectNode kubelet() {
        ObjectNode k = NodeYaml.object();
        k.put("apiVersion", KUBELET_API_VERSION);
        k.put("kind", "KubeletConfiguration");
        // the same cgroup driver as containerd's runc (SystemdCgroup = true in ContainerdConfig)
        k.put("cgroupDriver", "systemd");
        return k;
    }

    private static ObjectNode join(NodeBootstrapInputs in, String nodeName, boolean controlPlane) {
        ClusterFacts facts = ClusterFacts.of(in.config());
        ObjectNode join = kind("JoinConfiguration");
        ObjectNode token = join.putObject("discovery").putObject("bootstrapToken");
        token.put("apiServerEndpoint", facts.endpoint());
        token.put("token", in.pki().bootstrapToken());
        token.putArray("caCertHashes").add(in.pki().discoveryHash());
        join.set("nodeRegistration", nodeRegistration(facts, nodeName, controlPlane));
        join.putObject("timeouts").put("discovery", DISCOVERY_TIMEOUT);
        return join;
    }

    private static ObjectNode nodeRegistration(ClusterFacts facts, String nodeName, boolean controlPlane) {
        ObjectNode reg = NodeYaml.object();
        reg.put("name", nodeName);
        reg.put("criSocket", CRI_SOCKET);
        // the OpenStack cloud controller manager (deployed by the platform) initializes the nodes
        List<String[]> kubeletArgs = new ArrayList<>();
        kubeletArgs.add(new String[] {"cloud-provider", "external"});
        reg.set("kubeletExtraArgs", NodeYaml.nameValues(kubeletArgs));
        if (controlPlane && !facts.hasWorkers()) {
            // no worker pools: the control planes must take workloads, so they lose kubeadm's NoSchedule taint
            reg.putArray("taints");
        }
        return reg;
    }

    private static ObjectNode kind(String kind) {
        ObjectNode node = NodeYaml.object();
        node.put("apiVersion", API_VERSION);
        node.put("kind", kind);
        return node;
    }
}
