package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.ServiceDef;
import java.util.List;
import java.util.Map;

/**
 * Services whose manifests are an upstream project's own files at a pinned tag: they are never copied into this
 * repository. A source object in flux-system names the upstream tree (online: its Git repository at the tag; offline:
 * an OCI artifact of that tree, see {@link ChartSource}), keeps only the folders below, and the service's Kustomization
 * applies them from that source ({@code --no-remote-bases} stays possible: nothing refers to a remote base).
 */
final class UpstreamManifests {

    /** What a service takes from its upstream tree. */
    record Upstream(String gitUrl, List<String> paths, String kustomizationPath, boolean intoServiceNamespace) {}

    /**
     * OLM: the release's {@code crds.yaml} and {@code olm.yaml} are generated from {@code deploy/upstream/quickstart}
     * (which also creates the olm and operators namespaces and the operatorhubio catalog).
     * external-snapshotter: the snapshot CRDs and the snapshot controller, each folder with its own
     * kustomization.yaml, both picked up from the artifact's root by kustomize-controller, moved into the
     * catalog's namespace (cinder-csi) by the Kustomization's targetNamespace. OLM's files create their own namespaces
     * (olm, operators), so the repository does not.
     */
    private static final Map<String, Upstream> KNOWN = Map.of(
            "olm", new Upstream("https://github.com/operator-framework/operator-lifecycle-manager",
                    List.of("deploy/upstream/quickstart"), "deploy/upstream/quickstart", false),
            "external-snapshotter", new Upstream("https://github.com/kubernetes-csi/external-snapshotter",
                    List.of("client/config/crd", "deploy/kubernetes/snapshot-controller"), "", true));

    private UpstreamManifests() {}

    static Upstream of(ServiceDef service) {
        Upstream u = KNOWN.get(service.id());
        if (u == null) {
            throw new IllegalStateException("service " + service.id() + " is delivered from upstream manifests ("
                    + service.chart().repository() + "), but the generator does not know which of its files to use");
        }
        if (service.chart().version() == null) {
            throw new IllegalStateException("service " + service.id() + ": the catalog pins no version of its "
                    + "upstream manifests (chart.version); set one in platform/catalog.yaml");
        }
        return u;
    }

    /** The source object in flux-system, named after the service. */
    static Map<String, Object> source(ChartSource charts, ServiceDef service) {
        Upstream u = of(service);
        String tag = service.chart().version();
        if (charts.kind() == ChartSource.Kind.UPSTREAM) {
            return FluxObjects.gitRepository(service.id(), u.gitUrl(), tag, u.paths());
        }
        return FluxObjects.ociRepository(service.id(), charts.manifestRepositoryUrl() + "/" + service.chart().name(),
                tag, u.paths());
    }

    static String sourceKind(ChartSource charts) {
        return charts.kind() == ChartSource.Kind.UPSTREAM ? "GitRepository" : "OCIRepository";
    }
}
