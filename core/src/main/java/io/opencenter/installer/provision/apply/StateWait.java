package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import java.time.Duration;
import java.util.Optional;

/**
 * Polls one object with {@link InfrastructureCloud#get} at growing intervals until it is usable, broken or gone, or until
 * the time limit or a cancel. A transient read failure counts as one more poll, never as an answer.
 */
public final class StateWait {

    /** How a wait ended; {@code object} is the last state seen (null when gone). */
    public record Result(Outcome outcome, CloudObject object) {}

    public enum Outcome { READY, ERROR, GONE, TIMEOUT, CANCELLED }

    private final InfrastructureCloud cloud;
    private final ApplyOptions timing;
    private final Cancellation cancel;
    private final ProvisionListener listener;

    public StateWait(InfrastructureCloud cloud, ApplyOptions timing, Cancellation cancel, ProvisionListener listener) {
        this.cloud = cloud;
        this.timing = timing;
        this.cancel = cancel;
        this.listener = listener;
    }

    /** Until READY or ERROR (or gone: a DELETING object is followed until it disappears). */
    public Result untilSettled(CloudObject object) {
        return poll(object, false);
    }

    /** Until the object no longer exists (after a delete). */
    public Result untilGone(CloudObject object) {
        return poll(object, true);
    }

    private Result poll(CloudObject object, boolean gone) {
        long start = System.nanoTime();
        long deadline = start + timing.readyTimeout().toNanos();
        CloudObject current = object;
        while (true) {
            if (!gone && current.state() == CloudObject.State.READY) {
                return new Result(Outcome.READY, current);
            }
            if (!gone && current.state() == CloudObject.State.ERROR) {
                return new Result(Outcome.ERROR, current);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Result(Outcome.TIMEOUT, current);
            }
            Duration delay = pollDelay(Duration.ofNanos(System.nanoTime() - start));
            if (!Backoff.sleep(delay.toNanos() < left ? delay : Duration.ofNanos(left), cancel)) {
                return new Result(Outcome.CANCELLED, current);
            }
            Optional<CloudObject> seen;
            try {
                seen = cloud.get(current);
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw e;
                }
                listener.log("reading " + current.name() + " failed, will ask again: " + Failures.reason(e));
                continue;
            }
            if (seen.isEmpty()) {
                return new Result(Outcome.GONE, null);
            }
            current = seen.get();
        }
    }

    /**
     * The pause before the next read: a tenth of the time waited so far, within [pollInitial, pollMax]. An object is
     * then seen at most about 10% after it became ready, whether it takes 2 s or 2 min, with a number of reads that
     * grows only with the logarithm of the wait (doubling would see a 2 s server up to 1.75 s late).
     */
    Duration pollDelay(Duration waited) {
        Duration tenth = waited.dividedBy(10);
        if (tenth.compareTo(timing.pollInitial()) < 0) {
            return timing.pollInitial();
        }
        return tenth.compareTo(timing.pollMax()) > 0 ? timing.pollMax() : tenth;
    }

    /** The time limit, for messages. */
    public Duration limit() {
        return timing.readyTimeout();
    }
}
