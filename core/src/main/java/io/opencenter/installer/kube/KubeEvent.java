package io.opencenter.installer.kube;

import java.time.Instant;

/**
 * One Kubernetes Event about an object: what a controller or the scheduler said about it ("FailedScheduling",
 * "ScalingReplicaSet", "InstallFailed"). Shown to the user next to a wait that does not finish.
 *
 * @param type     "Normal" or "Warning"
 * @param reporter the component that reported it (controller name), may be empty
 * @param count    how many times it happened (1 when the server does not count)
 * @param lastSeen the latest time it happened (null if the event carries no time)
 */
public record KubeEvent(ObjectRef regarding, String type, String reason, String message, String reporter, int count,
                        Instant lastSeen) {

    public boolean isWarning() {
        return "Warning".equals(type);
    }
}
