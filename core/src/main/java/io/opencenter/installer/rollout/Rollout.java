package io.opencenter.installer.rollout;

import io.opencenter.installer.health.ProbeEvaluator;
import io.opencenter.installer.health.ProbeResult;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.provision.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches the selected platform services come up along the catalog's dependency graph. A service is watched once
 * every service it waits for is READY (what it needs, and what it comes {@code after}: Flux holds it back for
 * both, {@link RolloutGraph#waitsFor}); services with no path between them are watched side by side. Each poll
 * evaluates the probes of every watched service in parallel. A service not ready within its timeout gets a Flux
 * reconcile request ({@link ReconcileRequest}) and another timeout, {@code retries} times, then it is DEGRADED
 * with the last reason its probes gave; the services that wait for it are BLOCKED, naming it, and everything else
 * goes on. {@link #retry} re-arms a failed service and the ones it blocked, during a run or for the next one. A
 * service whose Flux objects still wait for a dependency when it is started gets a reconcile request at once
 * ({@link DependencyNudge}), rather than Flux's 30 s dependency requeue.
 *
 * <p>Polling rather than watches: the probes span a dozen kinds in fifteen namespaces, several of them CRDs that do
 * not exist yet when the rollout starts, and a poll every couple of seconds is what a person watching needs. The
 * thread that calls {@link #run} coordinates and calls the listener; a pool of its own (closed when run returns)
 * evaluates. Flux does the applying; the rollout only watches and nudges it.
 */
public final class Rollout {

    private static final Logger LOG = LoggerFactory.getLogger(Rollout.class);
    private static final int MAX_PARALLEL_PROBES = 8;

    private final RolloutGraph graph;
    private final RolloutOptions options;
    private final RolloutListener listener;
    private final ProbeEvaluator evaluator;
    private final ReconcileRequest reconcile;
    private final DependencyNudge nudge;
    private final Map<String, Tracked> tracked = new LinkedHashMap<>();
    private final Object wakeUp = new Object();
    private final Set<String> retries = new LinkedHashSet<>();
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * @param services the selected services, in any order; their dependencies on services not given are ignored
     * @throws IllegalArgumentException when a service is given twice or the services depend on each other in a cycle
     */
    public Rollout(KubeCluster kube, List<ServiceDef> services, RolloutOptions options, RolloutListener listener) {
        this.graph = new RolloutGraph(services);
        this.options = Objects.requireNonNull(options, "options");
        this.listener = listener == null ? RolloutListener.NONE : listener;
        this.evaluator = new ProbeEvaluator(kube);
        this.reconcile = new ReconcileRequest(kube);
        this.nudge = new DependencyNudge(kube, reconcile);
        for (ServiceDef s : graph.services()) {
            tracked.put(s.id(), new Tracked(s.id(), new FluxObjects(graph).of(s)));
        }
    }

    /**
     * Re-arms a DEGRADED service (asking Flux to reconcile it at once) and the services it BLOCKED: the running
     * {@link #run} picks them up at its next poll, or the next run does. Nothing for a service that has not failed.
     */
    public void retry(String serviceId) {
        if (!graph.contains(serviceId)) {
            throw new IllegalArgumentException("no service " + serviceId + " in this rollout");
        }
        synchronized (wakeUp) {
            retries.add(serviceId);
            wakeUp.notifyAll();
        }
    }

    /**
     * Runs until every service is READY, DEGRADED or BLOCKED, or until cancelled (checked at every poll). A later
     * run keeps the services already READY, DEGRADED or BLOCKED as they are (retry them to roll them again) and
     * starts over with the rest.
     *
     * @throws IllegalStateException when a run of this rollout is already going
     */
    public RolloutResult run(Cancellation cancel) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("this rollout is already running");
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(MAX_PARALLEL_PROBES,
                tracked.size())), daemonThreads());
        try {
            tracked.values().stream().filter(t -> !t.state.isFinal()).forEach(t -> t.waiting(""));
            tracked.values().forEach(this::emit);
            while (!cancel.isCancelled()) {
                applyRetries();
                startOrBlock();
                List<Tracked> watching = tracked.values().stream()
                        .filter(t -> t.state == ServiceState.PROGRESSING).toList();
                if (watching.isEmpty() && !retriesPending()) {
                    break; // acyclic: with nothing watched, every service is final
                }
                boolean settled = poll(pool, watching);
                if (!settled && !pause()) {
                    break;
                }
            }
            return result(cancel.isCancelled());
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
            running.set(false);
        }
    }

    /** Evaluates the watched services side by side; true when one became final (its dependents may start now). */
    private boolean poll(ExecutorService pool, List<Tracked> watching) {
        List<Callable<ProbeResult>> checks = new ArrayList<>();
        for (Tracked t : watching) {
            ServiceDef service = graph.service(t.id);
            checks.add(() -> evaluator.evaluate(service));
        }
        List<Future<ProbeResult>> results;
        try {
            results = pool.invokeAll(checks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        boolean settled = false;
        for (int i = 0; i < watching.size(); i++) {
            settled |= judge(watching.get(i), outcome(results.get(i)));
        }
        return settled;
    }

    private static ProbeResult outcome(Future<ProbeResult> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return ProbeResult.progressing("could not check: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeResult.progressing("interrupted");
        }
    }

    /** Applies one evaluation to the service; true when it became final. */
    private boolean judge(Tracked t, ProbeResult r) {
        long now = System.nanoTime();
        if (r.isReady()) {
            t.finish(ServiceState.READY, "", now);
            emit(t);
            return true;
        }
        if (now - t.deadline < 0) {
            if (t.progressing(r.reason())) {
                emit(t);
            }
            return false;
        }
        Duration timeout = options.timeout(t.id);
        if (t.attempt < options.retries()) {
            t.attempt++;
            t.deadline = now + timeout.toNanos();
            t.progressing("not ready within " + seconds(timeout) + "; " + requestReconcile(t) + " (retry "
                    + t.attempt + " of " + options.retries() + "): " + r.reason());
            emit(t);
            return false;
        }
        t.finish(ServiceState.DEGRADED, r.reason() + " (not ready within " + seconds(timeout)
                + (options.retries() == 0 ? "" : " after " + options.retries() + " reconcile request"
                + (options.retries() == 1 ? "" : "s")) + ")", now);
        emit(t);
        return true;
    }

    /** Asks Flux to reconcile the service's objects; says what it did, for the reason. */
    private String requestReconcile(Tracked t) {
        if (t.fluxObjects.isEmpty()) {
            return "no Flux object to reconcile, waiting again";
        }
        List<String> failed = new ArrayList<>();
        int asked = 0;
        for (ObjectRef ref : t.fluxObjects) {
            try {
                asked += reconcile.request(ref, Instant.now()) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("reconcile request for {} failed", ref, e);
                failed.add(ref + ": " + e.getMessage());
            }
        }
        if (!failed.isEmpty()) {
            return "reconcile request failed (" + String.join("; ", failed) + ")";
        }
        return asked == 0 ? "its Flux objects do not exist yet, waiting again" : "reconcile requested";
    }

    /** Starts the services whose dependencies are done; blocks those whose dependency failed. Repeats until stable. */
    private void startOrBlock() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Tracked t : tracked.values()) {
                if (t.state != ServiceState.WAITING) {
                    continue;
                }
                String blocker = blocker(t.id);
                if (blocker != null) {
                    Tracked b = tracked.get(blocker);
                    String root = b.state == ServiceState.DEGRADED ? blocker : b.blockedBy;
                    t.blockedBy = root;
                    t.finish(ServiceState.BLOCKED, "needs " + blocker + ", which is "
                            + (root.equals(blocker) ? "degraded" : "blocked by " + root + " (degraded)"),
                            System.nanoTime());
                    emit(t);
                    changed = true;
                } else if (graph.waitsFor(t.id).stream().allMatch(d -> tracked.get(d).state == ServiceState.READY)) {
                    t.start(System.nanoTime(), options.timeout(t.id));
                    nudge.nudge(t.fluxObjects, Instant.now()); // Flux would wait up to 30 s to see it may go
                    emit(t);
                    changed = true;
                }
            }
        }
    }

    /** The first service it waits for that is DEGRADED or BLOCKED, or null. */
    private String blocker(String id) {
        for (String dep : graph.waitsFor(id)) {
            ServiceState s = tracked.get(dep).state;
            if (s == ServiceState.DEGRADED || s == ServiceState.BLOCKED) {
                return dep;
            }
        }
        return null;
    }

    private void applyRetries() {
        List<String> ids;
        synchronized (wakeUp) {
            ids = List.copyOf(retries);
            retries.clear();
        }
        for (String id : ids) {
            Tracked t = tracked.get(id);
            if (t.state != ServiceState.DEGRADED && t.state != ServiceState.BLOCKED) {
                LOG.info("retry of {} ignored: it is {}", id, t.state);
                continue;
            }
            String asked = t.state == ServiceState.DEGRADED ? "retry: " + requestReconcile(t) : "retry";
            t.waiting(asked);
            emit(t);
            for (String dependent : graph.dependentsOf(id)) {
                Tracked d = tracked.get(dependent);
                if (d.state == ServiceState.BLOCKED) {
                    d.waiting("retry of " + id);
                    emit(d);
                }
            }
        }
    }

    private boolean retriesPending() {
        synchronized (wakeUp) {
            return !retries.isEmpty();
        }
    }

    /** Waits one poll interval or until a retry comes; false when interrupted (the caller's thread is stopping). */
    private boolean pause() {
        synchronized (wakeUp) {
            if (!retries.isEmpty()) {
                return true;
            }
            try {
                wakeUp.wait(Math.max(1, options.pollInterval().toMillis()));
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private RolloutResult result(boolean cancelled) {
        long now = System.nanoTime();
        return new RolloutResult(tracked.values().stream().map(t -> t.progress(now)).toList(), cancelled);
    }

    private void emit(Tracked t) {
        try {
            listener.service(t.progress(System.nanoTime()));
        } catch (RuntimeException e) {
            LOG.warn("the rollout listener failed on {}; the rollout goes on", t.id, e);
        }
    }

    private static String seconds(Duration d) {
        return d.toSeconds() >= 60 && d.toSecondsPart() == 0 ? d.toMinutes() + " min" : d.toMillis() / 1000.0 + " s";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "rollout-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One service's state in the run; touched by the coordinating thread only. */
    private static final class Tracked {
        final String id;
        final List<ObjectRef> fluxObjects;
        ServiceState state = ServiceState.WAITING;
        String reason = "";
        String blockedBy;
        long started;
        long deadline;
        int attempt;
        Duration elapsed = Duration.ZERO;

        Tracked(String id, List<ObjectRef> fluxObjects) {
            this.id = id;
            this.fluxObjects = fluxObjects;
        }

        void waiting(String why) {
            state = ServiceState.WAITING;
            reason = why;
            blockedBy = null;
            attempt = 0;
            elapsed = Duration.ZERO;
        }

        void start(long now, Duration timeout) {
            state = ServiceState.PROGRESSING;
            reason = "";
            started = now;
            deadline = now + timeout.toNanos();
            attempt = 0;
        }

        /** Sets the reason while progressing; true when it changed. */
        boolean progressing(String why) {
            if (why.equals(reason)) {
                return false;
            }
            reason = why;
            return true;
        }

        void finish(ServiceState to, String why, long now) {
            elapsed = state == ServiceState.PROGRESSING ? Duration.ofNanos(now - started) : Duration.ZERO;
            state = to;
            reason = why;
        }

        ServiceProgress progress(long now) {
            Duration e = state == ServiceState.PROGRESSING ? Duration.ofNanos(now - started) : elapsed;
            return new ServiceProgress(id, state, e, reason);
        }
    }
}
