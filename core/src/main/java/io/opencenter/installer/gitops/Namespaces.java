package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.ServiceDef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The namespaces of the enabled services, applied by the root Kustomization itself: one owner for each (several
 * services share observability, keycloak, ...; were each Kustomization to carry the Namespace, pruning one service
 * would delete its neighbours), and in place before any service's Kustomization runs.
 */
final class Namespaces {
    /** Exist before Flux (kube-system) or are made by the Flux bootstrap (flux-system). */
    private static final Set<String> NOT_OURS = Set.of("kube-system", FluxNames.FLUX_NAMESPACE);
    /**
     * Namespaces whose pods need the node (the CSI node plugin, MetalLB's speakers, Promtail and the node exporter,
     * Longhorn): admitted as privileged by Pod Security Admission, as the bootstrap labels cinder-csi.
     */
    private static final Set<String> PRIVILEGED = Set.of("cinder-csi", "metallb-system", "observability",
            "longhorn-system");

    private Namespaces() {}

    static List<Map<String, Object>> of(RepoContext ctx) {
        Set<String> names = new TreeSet<>();
        Set<String> ownedUpstream = new TreeSet<>();
        for (ServiceDef s : ctx.services()) {
            Delivery d = Delivery.of(s);
            if (d == Delivery.UPSTREAM_MANIFESTS && !UpstreamManifests.of(s).intoServiceNamespace()) {
                ownedUpstream.add(s.namespace());
            } else if (d != Delivery.NONE || s.isPart()) {
                names.add(s.namespace());
            }
        }
        names.removeAll(NOT_OURS);
        names.removeAll(ownedUpstream);
        return names.stream().map(n -> FluxObjects.namespace(n, PRIVILEGED.contains(n))).toList();
    }
}
