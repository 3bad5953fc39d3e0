package io.opencenter.installer.kube;

import java.util.List;

/**
 * A running informer: a list, then a watch that keeps a local copy of the objects current and hands every change to
 * its {@link WatchListener}. It re-lists and re-watches by itself after a dropped connection. Close it to stop.
 */
public interface KubeWatch extends AutoCloseable {

    /** The objects as the informer knows them now (its local copy; no request). */
    List<KubeObject> objects();

    /** Whether the first list has arrived (from then on {@link #objects()} is complete). */
    boolean synced();

    /** Stops the watch; the listener gets no event that arrives after this returns. */
    @Override
    void close();
}
