package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.opencenter.installer.bootstrap.node.KubeVipManifest;
import io.opencenter.installer.bootstrap.node.NodeJoin;
import io.opencenter.installer.provision.ResourceNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kubelets' mirror pods: a control plane runs the static pods its user-data wrote to
 * {@code /etc/kubernetes/manifests}, and its kubelet shows each in the API as {@code <pod>-<node>}, owned by the
 * Node. The sandbox models kube-vip's, made from the very manifest the bootstrap writes ({@link KubeVipManifest}),
 * so what the rollout looks for in it is what a real cluster would show. The API server, etcd, scheduler and
 * controller manager have no pods here: nothing in the platform waits on them.
 */
final class StaticPods {
    static final String MIRROR = "kubernetes.io/config.mirror";

    private final SimContext ctx;

    StaticPods(SimContext ctx) {
        this.ctx = ctx;
    }

    void reconcile() {
        Set<String> present = ctx.kube().pods().inNamespace("kube-system").list().getItems().stream()
                .map(p -> p.getMetadata().getName()).collect(Collectors.toSet());
        for (Node node : ctx.kube().nodes().list().getItems()) {
            Map<String, String> labels = node.getMetadata().getLabels();
            String name = KubeVipManifest.NAME + "-" + node.getMetadata().getName();
            if (labels != null && labels.containsKey(NodeController.CONTROL_PLANE) && !present.contains(name)) {
                ctx.store().create(mirror(node, name));
            }
        }
    }

    private Pod mirror(Node node, String name) {
        String first = ResourceNames.name(ctx.cluster().name(), ResourceNames.CONTROL_PLANE) + "-1";
        NodeJoin join = node.getMetadata().getName().equals(first) ? NodeJoin.INIT : NodeJoin.JOIN_CONTROL_PLANE;
        Pod pod = ctx.kube().getKubernetesSerialization().unmarshal(KubeVipManifest.staticPod(ctx.cluster().apiVip(),
                ctx.cluster().kubeletVersion().substring(1), join), Pod.class);
        pod.getMetadata().setName(name);
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(MIRROR, "simulated");
        annotations.put("kubernetes.io/config.source", "file");
        pod.getMetadata().setAnnotations(annotations);
        pod.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder().withApiVersion("v1")
                .withKind("Node").withName(node.getMetadata().getName()).withUid(node.getMetadata().getUid())
                .withController(true).build()));
        pod.getSpec().setNodeName(node.getMetadata().getName());
        return pod;
    }
}
