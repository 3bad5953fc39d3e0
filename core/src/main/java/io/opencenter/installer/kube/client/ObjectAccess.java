package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;

import java.util.Map;

/**
 * fabric8 handles on objects and collections of any kind, as generic resources (maps), plus the conversions
 * between those and the port's records. A namespaced object given without a namespace goes to the kubeconfig
 * context's namespace, else "default" (kubectl's rule).
 */
final class ObjectAccess {

    private final KubernetesClient client;
    private final KindCatalog kinds;
    private final String defaultNamespace;

    ObjectAccess(KubernetesClient client, KindCatalog kinds) {
        this.client = client;
        this.kinds = kinds;
        String ns = client.getConfiguration().getNamespace();
        this.defaultNamespace = ns == null || ns.isBlank() ? "default" : ns;
    }

    KindCatalog kinds() {
        return kinds;
    }

    /** The object named by the reference. */
    Resource<GenericKubernetesResource> one(ObjectRef ref) {
        ResourceDefinitionContext rdc = kinds.require(ref.kind());
        MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
                op = client.genericKubernetesResources(rdc);
        return rdc.isNamespaceScoped() ? op.inNamespace(namespace(ref)).withName(ref.name()) : op.withName(ref.name());
    }

    /** The object a manifest describes, carrying the manifest as the item to send. */
    Resource<GenericKubernetesResource> one(Manifest manifest) {
        ObjectRef ref = manifest.ref();
        ResourceDefinitionContext rdc = kinds.require(ref.kind());
        GenericKubernetesResource item = client.getKubernetesSerialization()
                .convertValue(manifest.content(), GenericKubernetesResource.class);
        var op = client.genericKubernetesResources(rdc);
        if (rdc.isNamespaceScoped()) {
            item.getMetadata().setNamespace(namespace(ref));
            return op.inNamespace(namespace(ref)).resource(item);
        }
        return op.resource(item);
    }

    /** Every object of a kind in a namespace, or in all namespaces when null (and for cluster-scoped kinds). */
    FilterWatchListDeletable<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> all(ApiKind kind, String namespace) {
        ResourceDefinitionContext rdc = kinds.require(kind);
        var op = client.genericKubernetesResources(rdc);
        return rdc.isNamespaceScoped() && namespace != null ? op.inNamespace(namespace) : op.inAnyNamespace();
    }

    /** The port's record of an object fabric8 returned. */
    @SuppressWarnings("unchecked")
    KubeObject toObject(GenericKubernetesResource resource) {
        return KubeObject.of(client.getKubernetesSerialization().convertValue(resource, Map.class));
    }

    private String namespace(ObjectRef ref) {
        return ref.namespace() != null ? ref.namespace() : defaultNamespace;
    }
}
