package io.opencenter.installer.kube;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of waiting for a condition: met, or the last state seen when the time ran out, so that the caller
 * can tell the user why (a HelmRelease's "InstallFailed: ..." rather than just "timed out").
 *
 * @param found whether the object existed at the last look
 * @param last  the last version of the awaited condition seen (null: the object never reported it)
 */
public record ConditionWait(ObjectRef ref, String type, boolean met, boolean found, Condition last,
                            Duration waited) {

    public Optional<Condition> lastCondition() {
        return Optional.ofNullable(last);
    }

    /** What was seen last, for messages: "False (InstallFailed: ...)", "no Ready condition yet", "not found". */
    public String lastSeen() {
        if (!found) {
            return "the object does not exist";
        }
        return last == null ? "no " + type + " condition yet" : last.describe();
    }

    /** This, when met; otherwise a {@link KubeException} of kind TIMEOUT that names the last reason and message. */
    public ConditionWait orThrow() {
        if (met) {
            return this;
        }
        throw new KubeException(KubeException.Kind.TIMEOUT, 0, ref + ": condition " + type + " not True after "
                + waited.toSeconds() + " s; last seen: " + lastSeen(), null);
    }
}
