package io.opencenter.installer.kube;

import java.util.Objects;

/**
 * One object: its kind and its name, with the namespace null for a cluster-scoped object (a Namespace, a CRD, a
 * Node). This is what waits, reads, deletes and event queries take, so that none of them needs a whole manifest.
 */
public record ObjectRef(ApiKind kind, String namespace, String name) {

    public ObjectRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        namespace = namespace == null || namespace.isEmpty() ? null : namespace;
    }

    public static ObjectRef namespaced(String apiVersion, String kind, String namespace, String name) {
        return new ObjectRef(ApiKind.of(apiVersion, kind), Objects.requireNonNull(namespace, "namespace"), name);
    }

    public static ObjectRef clusterScoped(String apiVersion, String kind, String name) {
        return new ObjectRef(ApiKind.of(apiVersion, kind), null, name);
    }

    /** "ConfigMap demo/settings" or "Namespace demo": how messages name an object. */
    @Override
    public String toString() {
        return kind.kind() + " " + (namespace == null ? name : namespace + "/" + name);
    }
}
