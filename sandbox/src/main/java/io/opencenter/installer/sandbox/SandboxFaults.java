package io.opencenter.installer.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Latency and fault injection, changeable while the sandbox runs. Rates are per service ({@code identity},
 * {@code compute}, {@code network}, {@code volume}, {@code image}) or per operation of a service, written as the
 * HTTP method and the first resource segment, e.g. {@code rate("compute", "POST servers", 0.5)}; an operation
 * rate wins over the service rate. Draws come from one Random seeded by {@link SandboxOptions#seed()}, so a test
 * that makes the same calls sees the same faults.
 */
public final class SandboxFaults {
    private final Random random;
    private final Map<String, Double> rates = new HashMap<>();
    private final Map<String, Deque<FaultKind>> scripted = new HashMap<>();
    private Set<FaultKind> kinds = EnumSet.allOf(FaultKind.class);
    private volatile long latencyMs;
    private volatile int retryAfterSeconds = 1;

    SandboxFaults(long seed, long latencyMs, Map<String, Double> initialRates, Set<FaultKind> initialKinds) {
        this.random = new Random(seed);
        this.latencyMs = latencyMs;
        this.rates.putAll(initialRates);
        if (!initialKinds.isEmpty()) {
            this.kinds = EnumSet.copyOf(initialKinds);
        }
    }

    /** Added to every call before it is answered. */
    public SandboxFaults latency(long millis) {
        this.latencyMs = Math.max(0, millis);
        return this;
    }

    public long latencyMs() {
        return latencyMs;
    }

    /** Probability (0..1) that a call to {@code service} fails. */
    public synchronized SandboxFaults rate(String service, double rate) {
        rates.put(service, rate);
        return this;
    }

    public synchronized SandboxFaults rate(String service, String operation, double rate) {
        rates.put(service + ":" + operation, rate);
        return this;
    }

    /** Which kinds a random fault is drawn from (all by default). */
    public synchronized SandboxFaults kinds(FaultKind... allowed) {
        this.kinds = allowed.length == 0 ? EnumSet.allOf(FaultKind.class) : EnumSet.copyOf(List.of(allowed));
        return this;
    }

    /** The next {@code times} calls to {@code service} fail with {@code kind}, before any random draw. */
    public synchronized SandboxFaults failNext(String service, FaultKind kind, int times) {
        Deque<FaultKind> queue = scripted.computeIfAbsent(service, s -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(kind);
        }
        return this;
    }

    /** Seconds announced in {@code Retry-After} of an injected 429. */
    public SandboxFaults retryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Removes every rate and scripted fault, and the latency. */
    public synchronized SandboxFaults clear() {
        rates.clear();
        scripted.clear();
        latencyMs = 0;
        return this;
    }

    /** Decides the fate of one call. */
    public synchronized Optional<FaultKind> decide(String service, String operation) {
        Deque<FaultKind> queue = scripted.get(service);
        if (queue != null && !queue.isEmpty()) {
            return Optional.of(queue.poll());
        }
        Double rate = rates.getOrDefault(service + ":" + operation, rates.get(service));
        if (rate == null || rate <= 0 || random.nextDouble() >= rate) {
            return Optional.empty();
        }
        List<FaultKind> pool = List.copyOf(kinds);
        return Optional.of(pool.get(random.nextInt(pool.size())));
    }
}
