package io.opencenter.installer.bootstrap;

import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.Condition;
import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.kube.KubeObject;
import io.opencenter.installer.kube.KubeWatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Waits, through an informer on Nodes, until every expected node has registered and reports Ready. Reports each
 * node's change once (with an ETA) and ends on all Ready, on the timeout (naming who is missing) or on cancel.
 * Nodes the cluster has beyond the expected ones are ignored: the installer answers only for the nodes it made.
 */
public final class NodesReady {

    /** Node objects (core group, v1). */
    public static final ApiKind NODE = new ApiKind("", "v1", "Node");

    /** How the wait ended; {@code states} holds every expected node's last state. */
    public record Outcome(boolean allReady, boolean cancelled, Map<String, NodeState> states, Duration elapsed) {

        public List<String> notReady() {
            return states.entrySet().stream().filter(e -> e.getValue() != NodeState.READY).map(Map.Entry::getKey)
                    .toList();
        }
    }

    private final KubeCluster cluster;
    private final Clock clock;
    private final Duration poll;
    private final NodeEta eta;

    public NodesReady(KubeCluster cluster, Clock clock, Duration poll, NodeEta eta) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.clock = clock;
        this.poll = poll;
        this.eta = eta;
    }

    /**
     * @param expected  the node names, in the order the faces list them
     * @param timeout   give up after this long (counted from this call)
     * @param cancelled checked between polls
     * @param progress  gets every state change of an expected node
     */
    public Outcome await(List<String> expected, Duration timeout, BooleanSupplier cancelled,
                         Consumer<NodeProgress> progress) {
        Instant start = clock.instant();
        Map<String, NodeState> states = new LinkedHashMap<>();
        Map<String, String> details = new LinkedHashMap<>();
        expected.forEach(n -> states.put(n, NodeState.WAITING));
        try (KubeWatch watch = cluster.watch(NODE, null, event -> { })) {
            while (true) {
                observe(watch.objects(), states, details, start, progress);
                Duration elapsed = Duration.between(start, clock.instant());
                if (!states.containsValue(NodeState.WAITING) && !states.containsValue(NodeState.REGISTERED)) {
                    return new Outcome(true, false, Map.copyOf(states), elapsed);
                }
                if (cancelled.getAsBoolean()) {
                    return new Outcome(false, true, Map.copyOf(states), elapsed);
                }
                if (elapsed.compareTo(timeout) >= 0) {
                    return new Outcome(false, false, Map.copyOf(states), elapsed);
                }
                sleep();
            }
        }
    }

    private void observe(List<KubeObject> nodes, Map<String, NodeState> states, Map<String, String> details,
                         Instant start, Consumer<NodeProgress> progress) {
        Map<String, KubeObject> byName = new LinkedHashMap<>();
        nodes.forEach(n -> byName.put(n.ref().name(), n));
        for (Map.Entry<String, NodeState> e : states.entrySet()) {
            KubeObject node = byName.get(e.getKey());
            NodeState now = node == null ? NodeState.WAITING
                    : node.condition("Ready").map(Condition::isTrue).orElse(false) ? NodeState.READY
                    : NodeState.REGISTERED;
            String detail = node == null || now == NodeState.READY ? ""
                    : node.condition("Ready").map(Condition::describe).orElse("no Ready condition yet");
            if (now != e.getValue() || !detail.equals(details.getOrDefault(e.getKey(), ""))) {
                e.setValue(now);
                details.put(e.getKey(), detail);
                int ready = (int) states.values().stream().filter(s -> s == NodeState.READY).count();
                Duration elapsed = Duration.between(start, clock.instant());
                progress.accept(new NodeProgress(e.getKey(), now, detail, ready, states.size(),
                        eta.remaining(elapsed, ready, states.size())));
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for nodes", e);
        }
    }
}
