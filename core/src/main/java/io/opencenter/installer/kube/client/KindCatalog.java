package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.KubeException;
import io.opencenter.installer.kube.KubeException.Kind;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which resource serves a kind (its plural name, whether it is namespaced), asked of the API server's discovery
 * ({@code /api/v1}, {@code /apis/<group>/<version>}), the same way for built-in kinds and CRDs. Found kinds are
 * remembered for the life of the connection; a kind not served yet is asked again next time, because a CRD applied a
 * moment ago becomes served shortly after it is Established.
 */
final class KindCatalog {

    private final KubernetesClient client;
    private final String server;
    private final ConcurrentMap<ApiKind, ResourceDefinitionContext> known = new ConcurrentHashMap<>();

    KindCatalog(KubernetesClient client, String server) {
        this.client = client;
        this.server = server;
    }

    /** The kind's resource, or empty while the server does not serve it. */
    Optional<ResourceDefinitionContext> find(ApiKind kind) {
        ResourceDefinitionContext hit = known.get(kind);
        if (hit != null) {
            return Optional.of(hit);
        }
        APIResourceList list;
        try {
            list = client.getApiResources(kind.apiVersion()); // null when the group/version is not served (404)
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, "discover " + kind.apiVersion() + " on " + server);
        }
        if (list == null || list.getResources() == null) {
            return Optional.empty();
        }
        for (APIResource r : list.getResources()) {
            // subresources ("pods/status") carry their parent's kind: skip them
            if (kind.kind().equals(r.getKind()) && !r.getName().contains("/")) {
                ResourceDefinitionContext rdc = ResourceDefinitionContext.fromApiResource(kind.apiVersion(), r);
                known.put(kind, rdc);
                return Optional.of(rdc);
            }
        }
        return Optional.empty();
    }

    /** The kind's resource; NOT_FOUND when the server does not serve it. */
    ResourceDefinitionContext require(ApiKind kind) {
        return find(kind).orElseThrow(() -> new KubeException(Kind.NOT_FOUND, 404, "the API server " + server
                + " does not serve " + kind + ": is its CustomResourceDefinition installed and Established?", null));
    }
}
