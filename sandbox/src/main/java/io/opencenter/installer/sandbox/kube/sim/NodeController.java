package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeSystemInfoBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.spec.Cidr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kubelets joining and the cloud controller's node lifecycle: a Node per ACTIVE server of the cluster, registered
 * NotReady (no CNI yet) and Ready once {@link SimulatorOptions#nodeReadyDelay()} has passed since it registered
 * (measured from its Ready condition's transition time, so it survives a restart), Unknown while its server is
 * stopped, and gone once its server is.
 */
final class NodeController {
    static final String PROVIDER_PREFIX = "openstack:///";
    static final String CONTROL_PLANE = "node-role.kubernetes.io/control-plane";
    static final String NOT_READY = "node.kubernetes.io/not-ready";
    private static final String NO_SCHEDULE = "NoSchedule";

    private final SimContext ctx;

    NodeController(SimContext ctx) {
        this.ctx = ctx;
    }

    void reconcile() {
        List<CloudServer> servers = ctx.cloud().servers(ctx.cluster().name());
        Map<String, Node> nodes = ctx.kube().nodes().list().getItems().stream()
                .filter(n -> providerId(n).startsWith(PROVIDER_PREFIX))
                .collect(Collectors.toMap(n -> n.getMetadata().getName(), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        Set<String> kept = new HashSet<>();
        Set<String> cidrs = new HashSet<>();
        nodes.values().forEach(n -> cidrs.add(n.getSpec().getPodCIDR()));
        for (CloudServer server : servers) {
            Node node = nodes.get(server.name());
            if (node != null && providerId(node).equals(PROVIDER_PREFIX + server.id())) {
                kept.add(server.name());
                ctx.store().save(node, wanted(node, server));
            } else if (node == null && server.active() && server.fixedIp() != null && server.joinFault() == null) {
                kept.add(server.name());
                ctx.store().create(register(server, freePodCidr(cidrs)));
            }
        }
        nodes.values().stream().filter(n -> !kept.contains(n.getMetadata().getName()))
                .forEach(ctx.store()::delete);
    }

    private Node register(CloudServer server, String podCidr) {
        Node node = new NodeBuilder().withNewMetadata().withName(server.name()).endMetadata()
                .withNewSpec().withProviderID(PROVIDER_PREFIX + server.id()).endSpec().withNewStatus().endStatus()
                .build();
        if (podCidr != null) {
            node.getSpec().setPodCIDR(podCidr);
            node.getSpec().setPodCIDRs(List.of(podCidr));
        }
        return wanted(node, server);
    }

    /** The node as its kubelet and the cloud controller would keep it; labels and taints of others are kept. */
    private Node wanted(Node current, CloudServer server) {
        Node node = ctx.store().copy(current);
        boolean controlPlane = server.name().startsWith(
                ResourceNames.name(ctx.cluster().name(), ResourceNames.CONTROL_PLANE) + "-");
        Map<String, String> labels = new LinkedHashMap<>(Pods.orEmpty(node.getMetadata().getLabels()));
        labels.put("kubernetes.io/hostname", server.name());
        labels.put("kubernetes.io/os", "linux");
        labels.put("kubernetes.io/arch", "amd64");
        labels.put("node.kubernetes.io/instance-type", server.flavor());
        labels.put("topology.kubernetes.io/zone", server.zone());
        if (controlPlane) {
            labels.put(CONTROL_PLANE, "");
            labels.put("node.kubernetes.io/exclude-from-external-load-balancers", "");
        }
        node.getMetadata().setLabels(labels);
        NodeCondition ready = ready(condition(current), server);
        List<Taint> taints = new ArrayList<>(Pods.orEmpty(node.getSpec().getTaints()).stream()
                .filter(t -> !t.getKey().equals(CONTROL_PLANE) && !t.getKey().equals(NOT_READY)).toList());
        if (controlPlane) {
            taints.add(new Taint(NO_SCHEDULE, CONTROL_PLANE, null, null));
        }
        if (!"True".equals(ready.getStatus())) {
            taints.add(new Taint(NO_SCHEDULE, NOT_READY, null, null));
        }
        node.getSpec().setTaints(taints);
        var status = node.getStatus();
        status.setAddresses(List.of(new NodeAddress(server.fixedIp(), "InternalIP"),
                new NodeAddress(server.name(), "Hostname")));
        Map<String, Quantity> capacity = new LinkedHashMap<>();
        capacity.put("cpu", new Quantity(String.valueOf(server.vcpus())));
        capacity.put("memory", new Quantity(server.ramMb() * 1024L + "Ki"));
        capacity.put("pods", new Quantity("110"));
        status.setCapacity(capacity);
        status.setAllocatable(new LinkedHashMap<>(capacity));
        status.setNodeInfo(new NodeSystemInfoBuilder().withKubeletVersion(ctx.cluster().kubeletVersion())
                .withKubeProxyVersion(ctx.cluster().kubeletVersion()).withContainerRuntimeVersion("containerd://simulated")
                .withOperatingSystem("linux").withArchitecture("amd64").withOsImage("simulated by the openCenter sandbox")
                .withKernelVersion("simulated").withMachineID(server.id().replace("-", ""))
                .withSystemUUID(server.id()).withBootID(server.id()).build());
        List<NodeCondition> conditions = new ArrayList<>();
        conditions.add(pressure(current, "MemoryPressure", "KubeletHasSufficientMemory",
                "kubelet has sufficient memory available", ready));
        conditions.add(pressure(current, "DiskPressure", "KubeletHasNoDiskPressure", "kubelet has no disk pressure",
                ready));
        conditions.add(pressure(current, "PIDPressure", "KubeletHasSufficientPID", "kubelet has sufficient PID available",
                ready));
        conditions.add(ready);
        status.setConditions(conditions);
        return node;
    }

    /** Ready's next state: Unknown while the server is not ACTIVE, False from registration until the delay passed. */
    private NodeCondition ready(NodeCondition old, CloudServer server) {
        String was = old == null ? "" : old.getStatus();
        if (!server.active()) {
            return was.equals("Unknown") ? old : readyCondition("Unknown", "NodeStatusUnknown",
                    "Kubelet stopped posting node status.");
        }
        if (was.equals("True")) {
            return old;
        }
        if (was.equals("False")) {
            Instant since = SimContext.parse(old.getLastTransitionTime());
            boolean due = since == null || !ctx.now().isBefore(since.plus(ctx.options().nodeReadyDelay()));
            return due ? readyCondition("True", "KubeletReady", "kubelet is posting ready status") : old;
        }
        return readyCondition("False", "KubeletNotReady", "container runtime network not ready: NetworkReady=false "
                + "reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized");
    }

    private NodeCondition readyCondition(String status, String reason, String message) {
        return new NodeCondition(ctx.stamp(), ctx.stamp(), message, reason, status, "Ready");
    }

    /** A pressure condition: False while the kubelet reports, Unknown with Ready Unknown. */
    private NodeCondition pressure(Node current, String type, String reason, String message, NodeCondition ready) {
        boolean unknown = "Unknown".equals(ready.getStatus());
        String status = unknown ? "Unknown" : "False";
        NodeCondition old = current.getStatus() == null ? null : current.getStatus().getConditions().stream()
                .filter(c -> type.equals(c.getType())).findFirst().orElse(null);
        if (old != null && status.equals(old.getStatus())) {
            return old;
        }
        return new NodeCondition(ctx.stamp(), ctx.stamp(), unknown ? "Kubelet stopped posting node status." : message,
                unknown ? "NodeStatusUnknown" : reason, status, type);
    }

    /**
     * The first /24 of the pod CIDR not in {@code taken} (kube-controller-manager's default node mask), which it
     * joins; null when none is left.
     */
    private String freePodCidr(Set<String> taken) {
        Cidr pods = ctx.cluster().podCidr();
        if (pods.prefix() > 24) {
            return null;
        }
        for (long i = 0; i < pods.size() / 256; i++) {
            String cidr = new Cidr(pods.network().plus(i * 256), 24).toString();
            if (taken.add(cidr)) {
                return cidr;
            }
        }
        return null;
    }

    static NodeCondition condition(Node node) {
        if (node.getStatus() == null) {
            return null;
        }
        return node.getStatus().getConditions().stream().filter(c -> "Ready".equals(c.getType())).findFirst()
                .orElse(null);
    }

    static boolean isReady(Node node) {
        NodeCondition ready = condition(node);
        return ready != null && "True".equals(ready.getStatus());
    }

    static String providerId(Node node) {
        return node.getSpec() == null || node.getSpec().getProviderID() == null ? "" : node.getSpec().getProviderID();
    }

    /** The Node's InternalIP, or null. */
    static String internalIp(Node node) {
        if (node.getStatus() == null) {
            return null;
        }
        return node.getStatus().getAddresses().stream().filter(a -> "InternalIP".equals(a.getType()))
                .map(NodeAddress::getAddress).findFirst().orElse(null);
    }

}
