package io.opencenter.installer.kube;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The installer's port to one Kubernetes cluster: everything the bootstrap, GitOps, rollout and health phases do
 * with a cluster goes through these calls. It speaks in plain records and maps, so no caller depends on the client
 * library, and the simulated Kubernetes of the sandbox can stand behind the same calls. Every failure is a
 * {@link KubeException}. Thread-safe; close it when done.
 */
public interface KubeCluster extends AutoCloseable {

    /** The API server's URL, as the kubeconfig gives it. */
    String server();

    /** The server's version, e.g. "v1.35.4" (a request: it also proves the connection and the credentials). */
    String serverVersion();

    /**
     * Server-side apply: the server merges the manifest into the object (creating it if needed) and records the
     * fields it names as owned by {@code options.fieldManager()}. Applying the same manifest again changes nothing.
     * A field owned by another manager is a CONFLICT unless {@code options.force()}.
     */
    KubeObject apply(Manifest manifest, ApplyOptions options);

    /**
     * Server-side apply of the manifest's {@code status} to the status subresource: how a controller (or a test in
     * its place) reports conditions. The rest of the manifest only identifies the object.
     */
    KubeObject applyStatus(Manifest manifest, ApplyOptions options);

    /**
     * Applies CustomResourceDefinitions and waits until each is Established and its kind is served, so that the
     * next call can apply objects of it. Fails with a TIMEOUT naming the CRD and its last reason.
     */
    List<KubeObject> applyCrds(List<Manifest> crds, ApplyOptions options, Duration timeout);

    /** The object, or empty when it does not exist. */
    Optional<KubeObject> get(ObjectRef ref);

    /**
     * The objects of a kind in a namespace (null: every namespace, or a cluster-scoped kind) whose labels match
     * {@code labelSelector} (the API's syntax: {@code app=harbor,component=core}; null or empty: all of them), in the
     * server's order. A kind the server does not serve is NOT_FOUND, as for {@link #get}. One request: what a check
     * that runs now and then needs, where an informer would be too much.
     */
    List<KubeObject> list(ApiKind kind, String namespace, String labelSelector);

    /** Deletes the object (in the background: finalizers may keep it a while); false when it did not exist. */
    boolean delete(ObjectRef ref);

    /**
     * Waits until the object reports the condition {@code type} with status True for its current generation (a
     * condition whose observedGeneration is behind the object's generation is stale and does not count). Returns the
     * outcome either way; on timeout it holds the last condition seen.
     */
    ConditionWait waitFor(ObjectRef ref, String type, Duration timeout);

    /**
     * Starts an informer over the objects of a kind in a namespace (null: every namespace, or a cluster-scoped
     * kind): the listener first gets ADDED for every existing object, then every change. Returns once the first list
     * has arrived.
     */
    KubeWatch watch(ApiKind kind, String namespace, WatchListener listener);

    /** The events about the object, oldest first (events are kept about an hour by the server). */
    List<KubeEvent> events(ObjectRef ref);

    @Override
    void close();
}
