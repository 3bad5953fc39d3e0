package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.provision.journal.JournalEntry.Event;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Brings one planned resource to READY: adopts what was found for it (tagging it if the tag is missing) or
 * creates it, then waits until the cloud reports it usable. A server or volume that ends in ERROR is deleted and
 * made again, a bounded number of times. Runs on a worker thread; never throws.
 */
final class ResourceTask implements Callable<TaskResult> {

    /** How many times an ERROR server/volume is replaced before the resource counts as failed. */
    static final int REPLACEMENTS = 2;

    private final RunContext run;
    private final PlannedResource resource;
    private final Map<String, String> ids;
    private final long started = System.nanoTime();
    private CloudObject object;
    private boolean created;

    /** @param found what the cloud already holds under the resource's name, or null */
    ResourceTask(RunContext run, PlannedResource resource, CloudObject found, Map<String, String> ids) {
        this.run = run;
        this.resource = resource;
        this.object = found;
        this.ids = Map.copyOf(ids);
    }

    @Override
    public TaskResult call() {
        try {
            return bringUp();
        } catch (Creator.Stopped e) {
            return end(TaskResult.Outcome.CANCELLED, "cancelled");
        } catch (PermanentFailure e) {
            return end(TaskResult.Outcome.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            return end(TaskResult.Outcome.FAILED, Failures.reason(e));
        }
    }

    private TaskResult bringUp() {
        int replaced = 0;
        while (true) {
            if (object == null) {
                if (run.cancel().isCancelled()) {
                    return end(TaskResult.Outcome.CANCELLED, "cancelled");
                }
                event(ResourceState.CREATING, null);
                Creator.Made made = new Creator(run).create(resource, ids);
                object = made.object();
                created = !made.adopted();
                if (made.adopted()) {
                    adopt("created, though the cloud's answer was lost");
                }
            } else if (!created) {
                Optional<String> stale = PolicyChange.of(resource, object);
                if (stale.isPresent()) {
                    discard(object, stale.get());
                    continue;
                }
                adopt(null);
            }
            StateWait.Result waited = run.waits().untilSettled(object);
            switch (waited.outcome()) {
                case READY -> {
                    object = waited.object();
                    run.log().journal(Event.READY, resource.key(), resource.kind(), resource.name(), object.id(),
                            null);
                    return end(TaskResult.Outcome.READY, null);
                }
                case CANCELLED -> {
                    return end(TaskResult.Outcome.CANCELLED, "cancelled while waiting for it to become ready");
                }
                case TIMEOUT -> throw new PermanentFailure("not ready after " + human(run.options().readyTimeout())
                        + " (last state " + waited.object().state() + describe(waited.object()) + ")");
                case GONE -> object = null;
                case ERROR -> replace(waited.object());
            }
            if (++replaced > REPLACEMENTS) {
                throw new PermanentFailure(NoValidHost.explain(run.plan(), resource, "still failing after "
                        + REPLACEMENTS + " replacements: "
                        + (waited.object() == null ? "it disappeared" : waited.object().detail())));
            }
        }
    }

    /** Takes over an existing object: journal it, tag it if the tag call of an earlier run never happened. */
    private void adopt(String note) {
        run.log().journal(Event.ADOPTED, resource.key(), resource.kind(), resource.name(), object.id(), note);
        if (!object.tagged()) {
            CloudObject found = object;
            object = run.lane().call(resource.kind(), () -> run.cloud().ensureTagged(found, run.plan().cluster()));
        }
        if (object.state() != CloudObject.State.READY) {
            event(ResourceState.CREATING, object.id());
        }
    }

    /** Deletes a broken server/volume so the next round creates it afresh; other kinds cannot be fixed that way. */
    private void replace(CloudObject broken) {
        if (broken.kind() != ResourceKind.SERVER && broken.kind() != ResourceKind.VOLUME) {
            throw new PermanentFailure("the cloud reports it in ERROR: " + broken.detail());
        }
        run.log().log(resource.name() + " is in ERROR (" + broken.detail() + "); deleting it to create it again");
        discard(broken, "ERROR: " + broken.detail());
    }

    /** Deletes {@code old} and waits until it is gone, journaled, so the next round creates the resource afresh. */
    private void discard(CloudObject old, String why) {
        if (old.kind() == ResourceKind.SERVER_GROUP) {
            run.log().log(resource.name() + " has " + why + "; deleting it to create it again");
        }
        run.log().journal(Event.DELETE_INTENT, resource.key(), resource.kind(), resource.name(), old.id(), why);
        run.lane().run(old.kind(), () -> run.cloud().delete(old));
        StateWait.Result gone = run.waits().untilGone(old);
        if (gone.outcome() == StateWait.Outcome.CANCELLED) {
            throw new Creator.Stopped();
        }
        if (gone.outcome() != StateWait.Outcome.GONE) {
            throw new PermanentFailure(NoValidHost.explain(run.plan(), resource, why
                    + "; it could not be deleted within " + human(run.options().readyTimeout())));
        }
        run.log().journal(Event.DELETED, resource.key(), resource.kind(), resource.name(), old.id(), null);
        object = null;
        created = false;
    }

    private void event(ResourceState state, String cloudId) {
        run.log().event(resource.key(), resource.kind(), resource.name(), state, cloudId, false, null);
    }

    private TaskResult end(TaskResult.Outcome outcome, String reason) {
        if (outcome == TaskResult.Outcome.FAILED) {
            run.log().journal(Event.FAILED, resource.key(), resource.kind(), resource.name(),
                    object == null ? null : object.id(), reason);
        }
        return new TaskResult(resource, outcome, object, created, reason,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static String describe(CloudObject o) {
        return o.detail().isEmpty() ? "" : ": " + o.detail();
    }

    static String human(Duration d) {
        return d.toSeconds() >= 1 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
