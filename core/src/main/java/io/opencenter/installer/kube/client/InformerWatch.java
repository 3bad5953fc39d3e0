package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.KubeWatch;
import io.opencenter.installer.kube.WatchEvent;
import io.opencenter.installer.kube.WatchListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * A fabric8 informer behind the port's {@link KubeWatch}: fabric8 lists, watches, re-lists after a dropped watch
 * (410 Gone) and keeps the local store; this class turns its callbacks into typed {@link WatchEvent}s, keeps a
 * throwing listener from killing the informer, and drops events once closed.
 */
final class InformerWatch implements KubeWatch {

    private static final Logger LOG = LoggerFactory.getLogger(InformerWatch.class);

    private final ObjectAccess access;
    private final WatchListener listener;
    private final String what;
    private volatile boolean closed;
    private volatile SharedIndexInformer<GenericKubernetesResource> informer;

    private InformerWatch(ObjectAccess access, WatchListener listener, String what) {
        this.access = access;
        this.listener = listener;
        this.what = what;
    }

    /** Starts the informer; returns after the first list (whose objects the listener got as ADDED). */
    static InformerWatch start(ObjectAccess access, ApiKind kind, String namespace,
                               WatchListener listener, String server) {
        String what = "watch " + kind + (namespace == null ? "" : " in " + namespace) + " on " + server;
        InformerWatch watch = new InformerWatch(access, Objects.requireNonNull(listener, "listener"), what);
        try {
            // resync 0: no periodic replay of unchanged objects; a listener sees real changes only
            watch.informer = access.all(kind, namespace).inform(watch.handler(), 0);
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, what);
        }
        return watch;
    }

    @Override
    public List<KubeObject> objects() {
        return informer.getStore().list().stream().map(access::toObject).toList();
    }

    @Override
    public boolean synced() {
        return informer.hasSynced();
    }

    @Override
    public void close() {
        closed = true;
        SharedIndexInformer<GenericKubernetesResource> i = informer;
        if (i != null) {
            i.stop();
        }
    }

    private ResourceEventHandler<GenericKubernetesResource> handler() {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(GenericKubernetesResource obj) {
                deliver(WatchEvent.Type.ADDED, obj);
            }

            @Override
            public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
                deliver(WatchEvent.Type.MODIFIED, newObj);
            }

            @Override
            public void onDelete(GenericKubernetesResource obj, boolean deletedFinalStateUnknown) {
                // deletedFinalStateUnknown: the delete happened while the watch was down; obj is the last state known
                deliver(WatchEvent.Type.DELETED, obj);
            }
        };
    }

    private void deliver(WatchEvent.Type type, GenericKubernetesResource obj) {
        if (closed) {
            return;
        }
        try {
            listener.onEvent(new WatchEvent(type, access.toObject(obj)));
        } catch (RuntimeException e) {
            LOG.warn("{}: the listener failed on {} of {}; the watch goes on", what, type,
                    obj.getMetadata() == null ? "?" : obj.getMetadata().getName(), e);
        }
    }
}
