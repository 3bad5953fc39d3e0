package io.opencenter.installer.install;

/** Re-arms a degraded platform service of a running rollout; handed to the faces by the Rollout phase. */
@FunctionalInterface
public interface ServiceRetry {

    /**
     * Asks Flux to reconcile the service again and watches it (and the services it blocked) anew.
     *
     * @return false when the rollout has ended: run the install again to retry
     * @throws IllegalArgumentException when the rollout has no such service
     */
    boolean retry(String serviceId);
}
