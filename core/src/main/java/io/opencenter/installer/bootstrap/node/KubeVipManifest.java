package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * kube-vip as a static pod on every control plane ({@value #PATH}): ARP mode, leader election among the control
 * planes, the API VIP on port 6443, no Service load balancing (MetalLB does that).
 *
 * <p>Pinned to {@value #IMAGE}: kube-vip v1.2.3 (August 2026), the newest patch release of its newest minor; its
 * manifest generator ({@code kube-vip manifest pod}) emits the same environment variables used here.
 *
 * <p><b>The super-admin pitfall.</b> From kubeadm 1.29, {@code admin.conf} belongs to the group
 * {@code kubeadm:cluster-admins}, whose ClusterRoleBinding kubeadm creates only once the API server is up. During
 * {@code kubeadm init} kube-vip must hold the VIP <em>before</em> that (kubeadm reaches the API through the VIP),
 * so with {@code admin.conf} it cannot take its leader-election lease and the VIP never comes up: init times out.
 * On the first control plane kube-vip therefore mounts {@code super-admin.conf} (group {@code system:masters})
 * during init, and {@link #SWITCH_TO_ADMIN_CONF} points it back at {@code admin.conf} right after. Joining control
 * planes find the cluster up and use {@code admin.conf} from the start.
 */
public final class KubeVipManifest {
    public static final String VERSION = "v1.2.3";
    public static final String IMAGE = "ghcr.io/kube-vip/kube-vip:" + VERSION;
    public static final String PATH = "/etc/kubernetes/manifests/kube-vip.yaml";
    public static final String NAME = "kube-vip";
    public static final String LABEL = "app.kubernetes.io/name";
    static final String ADMIN_CONF = "/etc/kubernetes/admin.conf";
    static final String SUPER_ADMIN_CONF = "/etc/kubernetes/super-admin.conf";

    /** The runcmd line that gives the first control plane's kube-vip {@code admin.conf} back after init. */
    static final String SWITCH_TO_ADMIN_CONF =
            "sed -i 's@path: " + SUPER_ADMIN_CONF + "$@path: " + ADMIN_CONF + "@' " + PATH;

    private KubeVipManifest() {}

    /** Whether the node's kube-vip must start with {@code super-admin.conf}: the first control plane, from 1.29. */
    static boolean needsSuperAdmin(NodeJoin join, KubeVersion version) {
        return join == NodeJoin.INIT && version.atLeast(1, 29);
    }

    /** The static pod for a control plane ({@code INIT} or {@code JOIN_CONTROL_PLANE}). */
    public static String staticPod(String apiVip, String kubernetesVersion, NodeJoin join) {
        if (!join.controlPlane()) {
            throw new IllegalArgumentException("kube-vip runs on control planes only, not on a " + join);
        }
        String kubeconfig = needsSuperAdmin(join, KubeVersion.parse(kubernetesVersion)) ? SUPER_ADMIN_CONF
                : ADMIN_CONF;
        ObjectNode pod = NodeYaml.object();
        pod.put("apiVersion", "v1");
        pod.put("kind", "Pod");
        ObjectNode meta = pod.putObject("metadata");
        meta.put("name", NAME);
        meta.put("namespace", "kube-system");
        // the mirror pod keeps the static pod's labels: the catalog's readiness probe finds kube-vip by this one
        meta.putObject("labels").put(LABEL, NAME);
        ObjectNode spec = pod.putObject("spec");
        spec.put("hostNetwork", true);
        // kube-vip reaches the local API server as https://kubernetes:6443 before the VIP exists
        spec.putArray("hostAliases").addObject().put("ip", "127.0.0.1").putArray("hostnames").add("kubernetes");
        ObjectNode c = spec.putArray("containers").addObject();
        c.put("name", "kube-vip");
        c.put("image", IMAGE);
        c.put("imagePullPolicy", "IfNotPresent");
        c.putArray("args").add("manager");
        c.set("env", env(apiVip));
        ObjectNode caps = c.putObject("securityContext").putObject("capabilities");
        caps.putArray("add").add("NET_ADMIN").add("NET_RAW");
        caps.putArray("drop").add("ALL");
        c.putArray("volumeMounts").addObject().put("name", "kubeconfig").put("mountPath", ADMIN_CONF);
        ObjectNode hostPath = spec.putArray("volumes").addObject().put("name", "kubeconfig").putObject("hostPath");
        hostPath.put("path", kubeconfig);
        // File: the pod waits for kubeadm to write the kubeconfig instead of getting an empty directory mounted
        hostPath.put("type", "File");
        return NodeYaml.write(pod);
    }

    private static ArrayNode env(String apiVip) {
        ArrayNode env = NodeYaml.nameValues(List.of(
                new String[] {"vip_arp", "true"},
                new String[] {"port", String.valueOf(ClusterFacts.API_PORT)},
                new String[] {"vip_subnet", "32"},
                new String[] {"cp_enable", "true"},
                new String[] {"cp_namespace", "kube-system"},
                new String[] {"svc_enable", "false"},
                new String[] {"vip_leaderelection", "true"},
                new String[] {"vip_leasename", "plndr-cp-lock"},
                new String[] {"vip_leaseduration", "5"},
                new String[] {"vip_renewdeadline", "3"},
                new String[] {"vip_retryperiod", "1"},
                new String[] {"address", apiVip}));
        // vip_nodename identifies the lease holder; the interface is the one with the default route (kube-vip's
        // own choice when vip_interface is unset), the node's only port on the cluster network
        env.addObject().put("name", "vip_nodename").putObject("valueFrom").putObject("fieldRef")
                .put("fieldPath", "spec.nodeName");
        return env;
    }
}
