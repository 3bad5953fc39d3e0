package io.opencenter.installer.gitops;

import static org.junit.jupiter.api.Assertions.fail;

import io.opencenter.installer.gitops.flux.FluxBootstrap;
import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the real lane leaves on the shared test bed and how it goes: the fixed {@code flux-system} root objects
 * (which {@code FluxBootstrapTestBedTest} uses too), the tree's Kustomizations and namespaces, the stand-in CRDs and
 * the lane's nodes. Before a run, an earlier (killed) run's are cleared; after it, the run's own are deleted.
 *
 * <p>Order matters at the end: kwok finishes a deleted pod only while it still manages the pod's node, so the nodes
 * go last, once no pod is left on them; deleted first, their pods would stay Terminating until the pod garbage
 * collector's next pass (a minute or two), and with them their namespaces, which the next run waits for.
 */
final class LaneCleanup {
    static final String NODE_LABEL = "lane.opencenter.io/real-lane";
    private static final ApiKind CRD = new ApiKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition");
    private static final ApiKind NODE = new ApiKind("", "v1", "Node");
    private static final ApiKind POD = new ApiKind("", "v1", "Pod");
    /** Namespaces the tree's upstream stand-ins create beside the tree's own. */
    private static final Set<String> KEPT_NAMESPACES = Set.of("default", "kube-system", "kube-public",
            "kube-node-lease", FluxNames.FLUX_NAMESPACE);

    private final KubeCluster kube;
    private final Duration patience;

    LaneCleanup(KubeCluster kube, Duration patience) {
        this.kube = kube;
        this.patience = patience;
    }

    /** Removes a killed run's root objects, Kustomizations, namespaces and nodes: they would answer for ours. */
    void clearEarlierRun() throws InterruptedException {
        long start = System.nanoTime();
        kube.delete(FluxBootstrap.ROOT_KUSTOMIZATION);
        kube.delete(FluxBootstrap.ROOT_SOURCE);
        waitGone(List.of(FluxBootstrap.ROOT_KUSTOMIZATION, FluxBootstrap.ROOT_SOURCE));
        List<ObjectRef> stale = new ArrayList<>();
        for (TreeDocs.Doc k : TreeDocs.of(plainTree()).fluxKustomizations()) {
            ObjectRef ref = ObjectRef.namespaced(FluxObjects.KUSTOMIZE_API, "Kustomization", k.namespace(), k.name());
            if (kube.delete(ref)) {
                stale.add(ref);
            }
        }
        for (String ns : treeNamespaces()) {
            ObjectRef ref = ObjectRef.clusterScoped("v1", "Namespace", ns);
            if (kube.get(ref).isPresent()) {
                kube.delete(ref);
                stale.add(ref);
            }
        }
        waitGone(stale);
        deleteNodes(NODE_LABEL);
        if (!stale.isEmpty()) {
            System.out.printf("real lane: cleared %d objects of an earlier run in %d ms%n", stale.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Deletes the run's objects: the root Kustomization first (kustomize-controller prunes what the tree applied),
     * then the rest; waits for the pods on the run's nodes to go before deleting the nodes. Namespaces finish
     * terminating in the background.
     */
    void removeRun(List<ObjectRef> madeHere, Set<String> namespaces, String runId) throws InterruptedException {
        long start = System.nanoTime();
        kube.delete(FluxBootstrap.ROOT_KUSTOMIZATION);
        try {
            waitGone(List.of(FluxBootstrap.ROOT_KUSTOMIZATION));
        } catch (AssertionError e) {
            System.out.println("real lane: the root Kustomization is still pruning; deleting the rest anyway");
        }
        for (ObjectRef ref : List.of(FluxBootstrap.ROOT_SOURCE, FluxBootstrap.SOPS_AGE)) {
            kube.delete(ref);
        }
        madeHere.forEach(kube::delete);
        for (String ns : namespaces) {
            kube.delete(ObjectRef.clusterScoped("v1", "Namespace", ns));
        }
        for (KubeObject crd : kube.list(CRD, null, StandIns.LABEL + "=true")) {
            kube.delete(crd.ref());
        }
        long pods = waitPodsGone(runId);
        deleteNodes(NODE_LABEL + "=" + runId);
        System.out.printf("real lane: clean-up in %d ms (the pods on the lane's nodes gone after %d ms; namespaces "
                + "finish terminating in the background)%n", (System.nanoTime() - start) / 1_000_000, pods);
    }

    /** The namespaces the tree creates (not flux-system or kube-system), and those its upstream stand-ins create. */
    static Set<String> treeNamespaces() {
        Set<String> out = new LinkedHashSet<>();
        for (TreeDocs.Doc d : TreeDocs.of(plainTree()).ofKind("Namespace")) {
            if (!KEPT_NAMESPACES.contains(d.name())) {
                out.add(d.name());
            }
        }
        List<ServiceDef> services = Catalog.builtIn().rolloutOrder(Catalog.builtIn().select(Profile.OPENSTACK,
                List.of()));
        out.addAll(UpstreamStandIns.namespaces(services, services));
        return out;
    }

    /** The lane's tree without its Secrets: which objects a run makes, for clearing an earlier run's. */
    private static RepoTree plainTree() {
        return RepoFixtures.tree("openstack", List.of());
    }

    private void deleteNodes(String selector) {
        for (KubeObject node : kube.list(NODE, null, selector)) {
            kube.delete(node.ref());
        }
    }

    /** Waits (bounded) until no pod is bound to one of the run's nodes; returns the ms it took. */
    private long waitPodsGone(String runId) throws InterruptedException {
        Set<String> nodes = new LinkedHashSet<>();
        kube.list(NODE, null, NODE_LABEL + "=" + runId).forEach(n -> nodes.add(n.ref().name()));
        long start = System.nanoTime();
        long end = start + patience.toNanos();
        while (!nodes.isEmpty() && kube.list(POD, null, null).stream().anyMatch(p -> nodes.contains(nodeName(p)))) {
            if (System.nanoTime() > end) {
                System.out.println("real lane: pods still on the lane's nodes after " + patience.toSeconds()
                        + " s; deleting the nodes anyway");
                break;
            }
            Thread.sleep(250);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @SuppressWarnings("unchecked")
    private static String nodeName(KubeObject pod) {
        Object spec = pod.content().get("spec");
        return spec instanceof Map<?, ?> m ? String.valueOf(((Map<String, Object>) m).get("nodeName")) : "";
    }

    void waitGone(List<ObjectRef> refs) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        for (ObjectRef ref : refs) {
            while (present(ref)) {
                if (System.nanoTime() > end) {
                    fail(ref + " is still there after " + patience.toSeconds() + " s");
                }
                Thread.sleep(200);
            }
        }
    }

    private boolean present(ObjectRef ref) {
        try {
            return kube.get(ref).isPresent();
        } catch (KubeException e) {
            return false;
        }
    }
}
