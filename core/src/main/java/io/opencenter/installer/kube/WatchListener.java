package io.opencenter.installer.kube;

/**
 * Receives an informer's events, one at a time and in order, on the informer's thread. A listener that throws
 * does not stop the informer: the error is logged and the next event still comes.
 */
@FunctionalInterface
public interface WatchListener {

    void onEvent(WatchEvent event);
}
