package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.provision.journal.JournalEntry.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The coordinator of one apply. Only its own thread changes resource states; worker threads run
 * {@link ResourceTask}s and hand their results back through a queue. It dispatches every resource whose
 * dependencies are READY while fewer than {@code parallelism} tasks are in flight and — with the lane — no other
 * Neutron task is, longest remaining path first ({@link Priority}, from the prior duration model). Resources
 * found ready and tagged on the cloud are adopted on the spot without using a
 * worker, which is why a second apply of a complete cluster is quick and makes no call but the lists.
 */
final class ApplyRun {

    private static final long QUEUE_POLL_MILLIS = 50;

    private final RunContext run;
    private final ExecutorService pool;
    private final Eta eta;
    private final List<PlannedResource> priority;
    /** Finished tasks ({@link TaskResult}) and finished lists ({@link ResourceKind}), in the order they ended. */
    private final BlockingQueue<Object> done = new LinkedBlockingQueue<>();
    private final Map<String, ResourceState> states = new LinkedHashMap<>();
    private final Map<String, String> skipReasons = new HashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, Long> startedAt = new HashMap<>();
    private final List<ResourceEvent> failures = new ArrayList<>();
    private final long t0 = System.nanoTime();
    private ExistingResources existing;
    private int inFlight;
    private boolean neutronInFlight;
    private int created;
    private int adopted;
    private boolean interrupted;

    ApplyRun(RunContext run, ExecutorService pool, DurationModel prior) {
        this.run = run;
        this.pool = pool;
        this.eta = new Eta(prior, run.options().serializeNeutron(), run.options().parallelism());
        this.priority = Priority.order(run.plan(), r -> prior.of(r.kind()).toNanos());
    }

    ApplyResult run() {
        run.log().runStarted("apply");
        for (PlannedResource r : run.plan().resources()) {
            states.put(r.key(), ResourceState.PENDING);
            run.log().event(r.key(), r.kind(), r.name(), ResourceState.PENDING, null, false, null);
        }
        progress();
        existing = ExistingResources.start(run, priority, pool, done::add);
        inFlight += existing.kinds();
        while (true) {
            for (Object ended = done.poll(); ended != null; ended = done.poll()) {
                ended(ended);
            }
            boolean changed = dispatch();
            if (inFlight == 0 && !changed) {
                break;
            }
            if (inFlight > 0) {
                awaitOne();
            }
        }
        if (run.cancel().isCancelled()) {
            states.forEach((key, state) -> {
                if (state == ResourceState.PENDING) {
                    skip(key, "cancelled");
                }
            });
            progress();
        }
        ApplyResult.Outcome outcome = outcome();
        run.log().runFinished(outcome.name().toLowerCase(java.util.Locale.ROOT));
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new ApplyResult(outcome, Map.copyOf(ids), created, adopted, List.copyOf(failures), elapsed());
    }

    /**
     * One pass in {@link Priority} order (a topological order, so a chain of adoptions or skips settles in one
     * pass); true when some resource changed state without a worker (skip, adopt, fail).
     */
    private boolean dispatch() {
        boolean changed = false;
        for (PlannedResource r : priority) {
            if (states.get(r.key()) != ResourceState.PENDING) {
                continue;
            }
            Optional<String> blocked = blockedBy(r);
            if (blocked.isPresent()) {
                skip(r.key(), blocked.get());
                changed = true;
                continue;
            }
            if (!r.dependsOn().stream().allMatch(d -> states.get(d) == ResourceState.READY)
                    || run.cancel().isCancelled() || !existing.listed(r.kind())) {
                continue;
            }
            Optional<String> unlisted = existing.failure(r.kind());
            if (unlisted.isPresent()) {
                fail(r, unlisted.get());
                changed = true;
                continue;
            }
            Optional<CloudObject> found = existing.named(r.kind(), r.name());
            if (found.isPresent() && found.get().tagged() && found.get().state() == CloudObject.State.READY
                    && PolicyChange.of(r, found.get()).isEmpty()) {
                adoptNow(r, found.get());
                changed = true;
            } else if (inFlight < run.options().parallelism() && laneAllows(r)) {
                start(r, found.orElse(null));
            }
        }
        return changed;
    }

    private boolean laneAllows(PlannedResource r) {
        return !run.options().serializeNeutron() || !r.neutronMutating() || !neutronInFlight;
    }

    /** The reason to skip {@code r} when a dependency failed or was skipped; the first cause is named. */
    private Optional<String> blockedBy(PlannedResource r) {
        for (String d : r.dependsOn()) {
            ResourceState s = states.get(d);
            if (s == ResourceState.FAILED) {
                return Optional.of("depends on " + d + ", which failed");
            }
            if (s == ResourceState.SKIPPED) {
                return Optional.of(skipReasons.get(d));
            }
        }
        return Optional.empty();
    }

    private void start(PlannedResource r, CloudObject found) {
        Map<String, String> depIds = new HashMap<>();
        r.dependsOn().forEach(d -> depIds.put(d, ids.get(d)));
        ResourceTask task = new ResourceTask(run, r, found, depIds);
        states.put(r.key(), ResourceState.CREATING);
        inFlight++;
        neutronInFlight |= r.neutronMutating();
        startedAt.put(r.key(), System.nanoTime());
        pool.execute(() -> {
            TaskResult result;
            try {
                result = task.call();
            } catch (Throwable t) {
                // a result must come back whatever happens, or the coordinator would wait for it forever
                result = new TaskResult(r, TaskResult.Outcome.FAILED, null, false, "internal error: " + t,
                        Duration.ZERO);
            }
            done.add(result);
        });
    }

    private void awaitOne() {
        try {
            Object ended = done.poll(QUEUE_POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (ended != null) {
                ended(ended);
            }
        } catch (InterruptedException e) {
            // the caller wants out: stop starting work; tasks in flight still finish and are journaled. The flag
            // is set again once the run is over, so the waits until then do not spin.
            run.cancel().cancel();
            interrupted = true;
        }
    }

    /** A list or a task ended: either frees its slot. */
    private void ended(Object ended) {
        if (ended instanceof TaskResult result) {
            finish(result);
        } else {
            inFlight--;
        }
    }

    private void finish(TaskResult result) {
        PlannedResource r = result.resource();
        inFlight--;
        if (r.neutronMutating()) {
            neutronInFlight = false;
        }
        startedAt.remove(r.key());
        switch (result.outcome()) {
            case READY -> {
                ready(r, result.object().id(), !result.created());
                if (result.created()) {
                    eta.measured(r.kind(), result.took());
                }
            }
            case FAILED -> failed(r, result.object(), result.reason());
            case CANCELLED -> skip(r.key(), result.reason());
        }
        progress();
    }

    private void adoptNow(PlannedResource r, CloudObject found) {
        run.log().journal(Event.ADOPTED, r.key(), r.kind(), r.name(), found.id(), null);
        ready(r, found.id(), true);
        progress();
    }

    private void ready(PlannedResource r, String cloudId, boolean wasAdopted) {
        states.put(r.key(), ResourceState.READY);
        ids.put(r.key(), cloudId);
        if (wasAdopted) {
            adopted++;
        } else {
            created++;
        }
        run.log().event(r.key(), r.kind(), r.name(), ResourceState.READY, cloudId, wasAdopted, null);
    }

    private void fail(PlannedResource r, String reason) {
        run.log().journal(Event.FAILED, r.key(), r.kind(), r.name(), null, reason);
        failed(r, null, reason);
        progress();
    }

    private void failed(PlannedResource r, CloudObject last, String reason) {
        states.put(r.key(), ResourceState.FAILED);
        failures.add(run.log().event(r.key(), r.kind(), r.name(), ResourceState.FAILED,
                last == null ? null : last.id(), false, reason));
    }

    private void skip(String key, String reason) {
        PlannedResource r = run.plan().resource(key).orElseThrow();
        states.put(key, ResourceState.SKIPPED);
        skipReasons.put(key, reason);
        run.log().event(key, r.kind(), r.name(), ResourceState.SKIPPED, null, false, reason);
    }

    private void progress() {
        List<PlannedResource> left = run.plan().resources().stream()
                .filter(r -> !states.get(r.key()).finished())
                .toList();
        Duration remaining = eta.remaining(left, startedAt, System.nanoTime());
        run.log().progress(new ProgressSnapshot(states.size() - left.size(), states.size(), elapsed(), remaining));
    }

    private ApplyResult.Outcome outcome() {
        boolean allReady = states.values().stream().allMatch(s -> s == ResourceState.READY);
        if (allReady) {
            return ApplyResult.Outcome.COMPLETE;
        }
        return run.cancel().isCancelled() ? ApplyResult.Outcome.CANCELLED : ApplyResult.Outcome.FAILED;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
