package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.journal.JournalEntry.Event;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one resource's create, once per attempt. After a transient failure it looks for the resource by name
 * before trying again, because the create may have happened even though the answer was lost: found, it is
 * adopted; not found, it is created again — a bounded number of times, with backoff. Every attempt is announced
 * in the journal (INTENT, fsynced) before the request leaves.
 */
final class Creator {

    /** Create attempts per resource (and list attempts per check) before giving up. */
    static final int ATTEMPTS = 5;

    /** What a create gave: the object, and whether it was adopted after a lost answer. */
    record Made(CloudObject object, boolean adopted) {}

    /** The run was cancelled while backing off; the cloud may or may not hold the resource (resume will see). */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("cancelled", null, false, false);
        }
    }

    private final RunContext run;

    Creator(RunContext run) {
        this.run = run;
    }

    Made create(PlannedResource r, Map<String, String> ids) {
        RuntimeException last = null;
        Backoff backoff = run.backoff();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            run.log().journal(Event.INTENT, r.key(), r.kind(), r.name(), null,
                    attempt == 1 ? null : "attempt " + attempt);
            try {
                CloudObject made = run.lane().call(r.kind(), () -> run.cloud().create(r, ids));
                run.log().journal(Event.CREATED, r.key(), r.kind(), r.name(), made.id(), null);
                return new Made(made, false);
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw new PermanentFailure(Failures.reason(e));
                }
                last = e;
                run.log().log("creating " + r.name() + " failed (" + Failures.reason(e)
                        + "); checking whether it was made anyway");
                if (!Backoff.sleep(backoff.next(Failures.retryAfter(e)), run.cancel())) {
                    throw new Stopped();
                }
            }
            Optional<CloudObject> found = findByName(r);
            if (found.isPresent()) {
                return new Made(found.get(), true);
            }
        }
        throw new PermanentFailure("gave up after " + ATTEMPTS + " attempts: " + Failures.reason(last));
    }

    /** Lists the kind again (bounded retries); never creates blind when the cloud cannot say what it holds. */
    private Optional<CloudObject> findByName(PlannedResource r) {
        Backoff backoff = run.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                List<CloudObject> all = run.cloud().list(r.kind(), run.plan().cluster());
                return Adoption.match(all, r.name());
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e) || attempt >= ATTEMPTS) {
                    throw new PermanentFailure("could not check whether " + r.name() + " was created: "
                            + Failures.reason(e));
                }
                if (!Backoff.sleep(backoff.next(Failures.retryAfter(e)), run.cancel())) {
                    throw new Stopped();
                }
            }
        }
    }
}
