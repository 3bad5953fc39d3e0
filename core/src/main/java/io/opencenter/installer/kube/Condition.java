package io.opencenter.installer.kube;

import java.time.Instant;

/**
 * One entry of an object's {@code status.conditions} (the Kubernetes convention: type, status True/False/Unknown,
 * a CamelCase reason and a human message). {@code observedGeneration} is null when the object does not report it.
 */
public record Condition(String type, String status, String reason, String message, Long observedGeneration,
                        Instant lastTransitionTime) {

    public boolean isTrue() {
        return "True".equals(status);
    }

    /** "False (reason: message)": how a wait reports the last state it saw. */
    public String describe() {
        StringBuilder s = new StringBuilder(status == null ? "no status" : status);
        if (reason != null && !reason.isEmpty() || message != null && !message.isEmpty()) {
            s.append(" (").append(reason == null || reason.isEmpty() ? "no reason" : reason);
            if (message != null && !message.isEmpty()) {
                s.append(": ").append(message);
            }
            s.append(')');
        }
        return s.toString();
    }
}
