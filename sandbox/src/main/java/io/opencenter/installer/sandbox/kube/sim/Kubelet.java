package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.opencenter.installer.spec.Cidr;
import io.opencenter.installer.spec.Ipv4;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kubelets: every pod bound to a Ready node gets the status a kubelet would post, its IP from the node's pod
 * CIDR (host network pods: the node's IP) and its containers running, or waiting as its workload's fault says
 * ({@link PodStatuses}). Pods on a node that is not Ready are left as they are. Probes, resources and container
 * exits are not modelled: a container without a fault is ready as soon as it runs.
 */
final class Kubelet {
    private final SimContext ctx;

    Kubelet(SimContext ctx) {
        this.ctx = ctx;
    }

    void run(Faults faults) {
        Map<String, Node> nodes = ctx.kube().nodes().list().getItems().stream()
                .collect(Collectors.toMap(n -> n.getMetadata().getName(), Function.identity()));
        List<Pod> pods = ctx.kube().pods().inAnyNamespace().list().getItems();
        Map<String, Set<String>> usedIps = new HashMap<>();
        pods.stream().filter(p -> Pods.scheduled(p) && p.getStatus() != null && p.getStatus().getPodIP() != null)
                .forEach(p -> usedIps.computeIfAbsent(p.getSpec().getNodeName(), n -> new HashSet<>())
                        .add(p.getStatus().getPodIP()));
        PodStatuses statuses = new PodStatuses(ctx);
        for (Pod pod : pods) {
            Node node = Pods.scheduled(pod) ? nodes.get(pod.getSpec().getNodeName()) : null;
            if (node == null || !NodeController.isReady(node) || Scheduler.finished(pod)) {
                continue;
            }
            String hostIp = NodeController.internalIp(node);
            String podIp = Boolean.TRUE.equals(pod.getSpec().getHostNetwork()) ? hostIp
                    : podIp(pod, node, usedIps.computeIfAbsent(node.getMetadata().getName(), n -> new HashSet<>()));
            Pod next = ctx.store().copy(pod);
            next.setStatus(statuses.of(pod, hostIp, podIp, faults.of(pod).orElse(null)));
            ctx.store().save(pod, next);
        }
    }

    /** The pod's IP: the one it has, else the first free one of its node's pod CIDR (from .2, as CNIs leave .1). */
    private static String podIp(Pod pod, Node node, Set<String> used) {
        if (pod.getStatus() != null && pod.getStatus().getPodIP() != null) {
            return pod.getStatus().getPodIP();
        }
        String cidr = node.getSpec().getPodCIDR();
        if (cidr == null) {
            return null;
        }
        Cidr range = Cidr.parse(cidr);
        for (long i = 2; i < range.size() - 1; i++) {
            Ipv4 ip = range.network().plus(i);
            if (used.add(ip.toString())) {
                return ip.toString();
            }
        }
        return null;
    }
}
