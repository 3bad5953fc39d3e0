package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.ApplyOptions;
import io.opencenter.installer.kube.ConditionWait;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeEvent;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.KubeWatch;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.kube.WatchListener;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The {@link KubeCluster} port on one fabric8 client: each call handed to the class that does that one job. */
final class Fabric8Cluster implements KubeCluster {

    private final KubernetesClient client;
    private final String server;
    private final ObjectAccess access;
    private final ServerSideApply apply;
    private final ConditionWaiter waiter;
    private final CrdInstaller crds;
    private final EventReader events;

    Fabric8Cluster(KubernetesClient client, String server) {
        this.client = client;
        this.server = server;
        this.access = new ObjectAccess(client, new KindCatalog(client, server));
        this.apply = new ServerSideApply(access, server);
        this.waiter = new ConditionWaiter(access, server);
        this.crds = new CrdInstaller(apply, waiter, access.kinds());
        this.events = new EventReader(client, server);
    }

    @Override
    public String server() {
        return server;
    }

    @Override
    public String serverVersion() {
        try {
            return client.getKubernetesVersion().getGitVersion();
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, "read the version of " + server);
        }
    }

    @Override
    public KubeObject apply(Manifest manifest, ApplyOptions options) {
        return apply.apply(manifest, options);
    }

    @Override
    public KubeObject applyStatus(Manifest manifest, ApplyOptions options) {
        return apply.applyStatus(manifest, options);
    }

    @Override
    public List<KubeObject> applyCrds(List<Manifest> manifests, ApplyOptions options, Duration timeout) {
        return crds.applyCrds(manifests, options, timeout);
    }

    @Override
    public Optional<KubeObject> get(ObjectRef ref) {
        try {
            return Optional.ofNullable(access.one(ref).get()).map(access::toObject);
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, "read " + ref + " on " + server);
        }
    }

    @Override
    public List<KubeObject> list(ApiKind kind, String namespace, String labelSelector) {
        String what = "list " + kind + (namespace == null ? "" : " in " + namespace)
                + (labelSelector == null || labelSelector.isBlank() ? "" : " with " + labelSelector) + " on " + server;
        try {
            var all = access.all(kind, namespace);
            var items = (labelSelector == null || labelSelector.isBlank() ? all : all.withLabelSelector(labelSelector))
                    .list().getItems();
            return items.stream().map(access::toObject).toList();
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, what);
        }
    }

    @Override
    public boolean delete(ObjectRef ref) {
        try {
            // background propagation: the call returns at once, the garbage collector removes dependents
            return !access.one(ref).delete().isEmpty();
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, "delete " + ref + " on " + server);
        }
    }

    @Override
    public ConditionWait waitFor(ObjectRef ref, String type, Duration timeout) {
        return waiter.waitFor(ref, type, timeout);
    }

    @Override
    public KubeWatch watch(ApiKind kind, String namespace, WatchListener listener) {
        return InformerWatch.start(access, kind, namespace, listener, server);
    }

    @Override
    public List<KubeEvent> events(ObjectRef ref) {
        return events.events(ref);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "KubeCluster[" + server + "]";
    }
}
