package io.opencenter.installer.provision.destroy;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.apply.Backoff;
import io.opencenter.installer.provision.apply.Failures;
import io.opencenter.installer.provision.apply.NeutronLane;
import io.opencenter.installer.provision.apply.RunLog;
import io.opencenter.installer.provision.apply.StateWait;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.provision.journal.JournalEntry.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One destroy. Kind by kind in {@link DeletionOrder}: send the deletes of that kind one after the other (so
 * Neutron deletes never overlap — the lane holds trivially, and the permit is taken anyway), then wait until the
 * slow kinds are really gone before the next kind, so a volume or port is never deleted under a server that still
 * uses it. What cannot be removed is collected with the cloud's reason; the rest goes on.
 */
final class DestroyRun {

    /** Attempts for a delete that failed transiently. */
    private static final int ATTEMPTS = 5;
    /** How long a delete refused as busy is tried again (bounded further by the options' time limit). */
    private static final Duration BUSY_LIMIT = Duration.ofMinutes(2);

    private final InfrastructureCloud cloud;
    private final RunLog log;
    private final Cancellation cancel;
    private final ApplyOptions timing;
    private final NeutronLane lane = new NeutronLane(true);
    private final StateWait waits;
    private final List<CloudObject> deleted = new ArrayList<>();
    private final List<DestroyResult.Leftover> leftovers = new ArrayList<>();
    private final long t0 = System.nanoTime();
    private int total;

    DestroyRun(InfrastructureCloud cloud, Journal journal, ProvisionListener listener, Cancellation cancel,
               ApplyOptions timing) {
        this.cloud = cloud;
        this.log = new RunLog(journal, listener);
        this.cancel = cancel;
        this.timing = timing;
        this.waits = new StateWait(cloud, timing, cancel, listener);
    }

    DestroyResult run(DestroyInventory inventory) {
        log.runStarted("destroy");
        List<CloudObject> all = new ArrayList<>(inventory.installerCreated());
        all.addAll(inventory.csiCreated());
        all.addAll(inventory.ccmCreated());
        all.sort(DeletionOrder.COMPARATOR);
        total = all.size();
        progress();
        for (ResourceKind kind : DeletionOrder.KINDS) {
            if (cancel.isCancelled()) {
                break;
            }
            stage(all.stream().filter(o -> o.kind() == kind).toList());
        }
        boolean cancelled = cancel.isCancelled() && deleted.size() + leftovers.size() < total;
        log.runFinished(cancelled ? "cancelled" : leftovers.isEmpty() ? "complete" : "failed");
        return new DestroyResult(List.copyOf(deleted), List.copyOf(leftovers), cancelled);
    }

    private void stage(List<CloudObject> objects) {
        List<CloudObject> sent = new ArrayList<>();
        for (CloudObject o : objects) {
            if (cancel.isCancelled()) {
                break;
            }
            log.journal(Event.DELETE_INTENT, null, o.kind(), o.name(), o.id(), o.origin().name().toLowerCase(
                    Locale.ROOT));
            event(o, ResourceState.DELETING, null);
            String failure = send(o);
            if (failure != null) {
                leftover(o, failure);
            } else if (DeletionOrder.slowToGo(o.kind())) {
                sent.add(o);
            } else {
                gone(o);
            }
        }
        for (CloudObject o : sent) {
            StateWait.Result r = waits.untilGone(o);
            switch (r.outcome()) {
                case GONE -> gone(o);
                case CANCELLED -> leftover(o, "delete sent; cancelled before it disappeared");
                default -> leftover(o, "still there " + human(timing.readyTimeout()) + " after the delete"
                        + (r.object() == null ? "" : " (" + r.object().state() + detail(r.object()) + ")"));
            }
        }
    }

    /**
     * Sends the delete, retrying what may pass; null when sent, else the reason it could not be. A refusal because
     * the object is still busy (a volume the deleted server has not quite let go of, a port still bound) is tried
     * again until {@link #BUSY_LIMIT}: the user of it is on its way out.
     */
    private String send(CloudObject o) {
        Backoff backoff = new Backoff(timing.pollInitial(), timing.pollMax());
        long busyUntil = System.nanoTime() + busyLimit().toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                lane.run(o.kind(), () -> cloud.delete(o));
                return null;
            } catch (OpenStackException e) {
                if (e.kind() == OpenStackException.Kind.NOT_FOUND) {
                    return null;
                }
                boolean again = Failures.isTransient(e) ? attempt < ATTEMPTS
                        : busy(e, o) && System.nanoTime() < busyUntil;
                if (!again) {
                    return Failures.reason(e);
                }
                if (!Backoff.sleep(backoff.next(Failures.retryAfter(e)), cancel)) {
                    return "cancelled while retrying: " + Failures.reason(e);
                }
            } catch (RuntimeException e) {
                return Failures.reason(e);
            }
        }
    }

    /** Neutron answers 409 for "in use"; Cinder 400 for a volume whose status is not yet available. */
    private static boolean busy(OpenStackException e, CloudObject o) {
        return e.kind() == OpenStackException.Kind.CONFLICT
                || o.kind() == ResourceKind.VOLUME && e.kind() == OpenStackException.Kind.BAD_REQUEST;
    }

    private Duration busyLimit() {
        return timing.readyTimeout().compareTo(BUSY_LIMIT) < 0 ? timing.readyTimeout() : BUSY_LIMIT;
    }

    private void gone(CloudObject o) {
        log.journal(Event.DELETED, null, o.kind(), o.name(), o.id(), null);
        deleted.add(o);
        event(o, ResourceState.DELETED, null);
        progress();
    }

    private void leftover(CloudObject o, String reason) {
        log.journal(Event.FAILED, null, o.kind(), o.name(), o.id(), reason);
        leftovers.add(new DestroyResult.Leftover(o, reason));
        event(o, ResourceState.FAILED, reason);
        progress();
    }

    private void event(CloudObject o, ResourceState state, String reason) {
        log.event(o.kind().name().toLowerCase(Locale.ROOT) + "/" + (o.name().isEmpty() ? o.id() : o.name()),
                o.kind(), o.name(), state, o.id(), false, reason);
    }

    private void progress() {
        log.progress(new ProgressSnapshot(deleted.size() + leftovers.size(), total,
                Duration.ofNanos(System.nanoTime() - t0), null));
    }

    private static String detail(CloudObject o) {
        return o.detail().isEmpty() ? "" : ": " + o.detail();
    }

    private static String human(Duration d) {
        return d.toSeconds() >= 1 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
