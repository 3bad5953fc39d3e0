package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.opencenter.installer.spec.ClusterConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The sandbox's stand-in for everything that makes a real cluster move: kubelets joining, the scheduler, the
 * Deployment/ReplicaSet/DaemonSet/StatefulSet controllers, the garbage collector, MetalLB, the Cinder CSI driver and
 * Flux's readiness. It works only through the Kubernetes API it is given and the {@link ClusterCloud} under it, and
 * keeps no state of its own besides the injected {@link #faults()}: everything it knows is read back from the API
 * server each tick, so a simulator in another process (or after a restart) carries on where this one stopped.
 *
 * <p>{@link #tick()} is one reconciliation pass: deterministic, and idempotent (a tick on a converged cluster writes
 * nothing). {@link #start} runs it periodically for a running sandbox; {@link #close} stops that.
 */
public final class ClusterSimulator implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ClusterSimulator.class.getName());

    private final SimContext ctx;
    private final NodeController nodes;
    private final GarbageCollector garbage;
    private final DeploymentController deployments;
    private final ReplicaSetController replicaSets;
    private final DaemonSetController daemonSets;
    private final StatefulSetController statefulSets;
    private final VolumeController volumes;
    private final Scheduler scheduler;
    private final Kubelet kubelet;
    private final StaticPods staticPods;
    private final LoadBalancerController loadBalancers;
    private final FluxController flux;
    private ScheduledExecutorService ownExecutor;
    private ScheduledFuture<?> running;

    public ClusterSimulator(KubernetesClient kube, ClusterCloud cloud, SimulatedCluster cluster,
                            SimulatorOptions options) {
        this.ctx = new SimContext(kube, cloud, cluster, options, new SimulatorFaults());
        this.nodes = new NodeController(ctx);
        this.staticPods = new StaticPods(ctx);
        this.garbage = new GarbageCollector(ctx);
        this.deployments = new DeploymentController(ctx);
        this.replicaSets = new ReplicaSetController(ctx);
        this.daemonSets = new DaemonSetController(ctx);
        this.statefulSets = new StatefulSetController(ctx);
        this.volumes = new VolumeController(ctx);
        this.scheduler = new Scheduler(ctx);
        this.kubelet = new Kubelet(ctx);
        this.loadBalancers = new LoadBalancerController(ctx);
        this.flux = new FluxController(ctx);
    }

    /** For the cluster of a config the validator accepted. */
    public ClusterSimulator(KubernetesClient kube, ClusterCloud cloud, ClusterConfig config, SimulatorOptions options) {
        this(kube, cloud, SimulatedCluster.of(config), options);
    }

    /** The faults injected into workloads, live. */
    public SimulatorFaults faults() {
        return ctx.faults();
    }

    /**
     * One reconciliation pass, in the order a real cluster's parts depend on each other: nodes (and their mirror
     * pods), garbage, workloads making pods, volumes provisioned, pods scheduled, volumes attached, pods run,
     * workload statuses, load balancers, Flux. Every step runs even when one fails; the first failure is thrown afterwards with the others
     * suppressed, so a test sees it and a running sandbox logs it and tries again on the next tick.
     */
    public synchronized void tick() {
        List<RuntimeException> failures = new ArrayList<>();
        step(failures, nodes::reconcile);
        step(failures, staticPods::reconcile);
        step(failures, garbage::collect);
        step(failures, deployments::reconcile);
        step(failures, replicaSets::reconcile);
        step(failures, daemonSets::reconcile);
        step(failures, statefulSets::reconcile);
        step(failures, volumes::provision);
        Faults faults = step(failures, () -> Faults.read(ctx));
        if (faults != null) {
            step(failures, () -> scheduler.schedule(faults));
            step(failures, volumes::attach);
            step(failures, () -> kubelet.run(faults));
        }
        step(failures, replicaSets::report);
        step(failures, deployments::report);
        step(failures, daemonSets::report);
        step(failures, statefulSets::report);
        step(failures, loadBalancers::reconcile);
        step(failures, flux::reconcile);
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static void step(List<RuntimeException> failures, Runnable step) {
        step(failures, () -> {
            step.run();
            return null;
        });
    }

    /** The step's result, or null when it failed (the failure joins {@code failures}). */
    private static <T> T step(List<RuntimeException> failures, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            failures.add(e);
            return null;
        }
    }

    /** Ticks every {@code period} on {@code executor} (which the caller owns and shuts down) until {@link #close}. */
    public synchronized void start(ScheduledExecutorService executor, Duration period) {
        if (running != null) {
            throw new IllegalStateException("the cluster simulator is already running");
        }
        running = executor.scheduleWithFixedDelay(this::tickLogged, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ticks every {@code period} on a daemon thread of its own until {@link #close}. */
    public synchronized void start(Duration period) {
        ownExecutor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-cluster-simulator");
            t.setDaemon(true);
            return t;
        });
        start(ownExecutor, period);
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            // The API server may be restarting or an object changing under us: the next tick tries again.
            LOG.log(System.Logger.Level.WARNING, "sandbox cluster simulator: a tick failed, retrying on the next", e);
        } catch (Error e) {
            // an Error thrown out of a scheduled task cancels its schedule without a word: say so before it does
            LOG.log(System.Logger.Level.ERROR, "sandbox cluster simulator stopped: " + e, e);
            throw e;
        }
    }

    /** Stops the periodic ticks (a tick under way finishes); nothing when it was not started. */
    @Override
    public void close() {
        ScheduledFuture<?> task;
        ScheduledExecutorService own;
        synchronized (this) {
            task = running;
            own = ownExecutor;
            running = null;
            ownExecutor = null;
        }
        if (task != null) {
            task.cancel(false);
        }
        if (own != null) {
            own.shutdown();
            try {
                own.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
