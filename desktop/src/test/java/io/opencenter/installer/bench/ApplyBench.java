package io.opencenter.installer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.ProvisionListener;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.provision.apply.CriticalPath;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.provision.reliability.ReliabilityClusters;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Apply's wall time against the plan's floor, the critical path of {@link CriticalPath} with durations from the
 * sandbox's own figures ({@link SandboxCallModel}: 40 ms per call, servers ACTIVE after 2 s, volumes available
 * after 1 s). A cluster of 3 control-plane nodes on volumes and 3 workers from the image, parallelism 4 and 8, with
 * and without the Neutron lane; each with the product's default polling (250 ms doubling to 5 s) and with tight
 * polling (50 ms to 100 ms), which separates the executor's own overhead from the cost of polling. Median of
 * {@code bench.applyRuns} runs (default 3), each on a fresh sandbox after one warm-up apply. Run with
 * {@code mvn -Pbench verify}; figures go to {@code target/bench/apply.json}. Prints, never asserts a time.
 */
class ApplyBench {
    private static final int RUNS = Integer.getInteger("bench.applyRuns", 3);
    private static final double TARGET_RATIO = 1.10;
    /** 4 is the config's default (the servers' slots decide the floor); 8 lets every node run at once. */
    private static final int[] PARALLELISMS = {4, 8};
    private static final int WARM_UP_PARALLELISM = 4;
    private static final Duration LATENCY = Duration.ofMillis(40);
    private static final Duration SERVER_READY = Duration.ofSeconds(2);
    private static final Duration VOLUME_READY = Duration.ofSeconds(1);

    private record Polling(String name, Duration initial, Duration max) {}

    @Test
    void applyWallTimeAgainstTheCriticalPath() throws Exception {
        warmUp();
        SandboxCallModel model = SandboxCallModel.of(LATENCY, VOLUME_READY, SERVER_READY);
        List<Polling> pollings = List.of(new Polling("default", ApplyOptions.of(1, true).pollInitial(),
                ApplyOptions.of(1, true).pollMax()), new Polling("tight", Duration.ofMillis(50), Duration.ofMillis(100)));
        List<Map<String, Object>> results = new ArrayList<>();
        for (int parallelism : PARALLELISMS) {
            for (boolean serialize : new boolean[] {true, false}) {
                ClusterConfig config = ReliabilityClusters.config("bench", null, 3, 20, 3, "m1.large", serialize,
                        parallelism);
                ProvisioningPlan plan = ReliabilityClusters.plan(config);
                CriticalPath floor = CriticalPath.of(plan, model.durations(plan), serialize, parallelism);
                for (Polling polling : pollings) {
                    results.add(measure(plan, floor, serialize, parallelism, polling, model));
                }
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", "apply wall time vs the plan's critical path on the sandbox");
        doc.put("cluster", "3 control-plane nodes (20 GB boot volumes) + 3 workers (from image), m1.large");
        doc.put("runsPerConfiguration", RUNS);
        doc.put("model", model.describe());
        doc.put("targetRatio", TARGET_RATIO);
        doc.put("results", results);
        Path out = Path.of(System.getProperty("bench.dir", "target/bench")).resolve("apply.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), doc);
        System.out.println("apply bench -> " + out);
    }

    private Map<String, Object> measure(ProvisioningPlan plan, CriticalPath floor, boolean serialize, int parallelism,
                                        Polling polling, SandboxCallModel model) throws Exception {
        ApplyOptions options = new ApplyOptions(parallelism, serialize, polling.initial(), polling.max(),
                Duration.ofMinutes(5));
        List<Double> wallMs = new ArrayList<>();
        Map<String, Object> lastTimeline = null;
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            SandboxOptions sandboxOptions = SandboxOptions.builder().latencyMs(LATENCY.toMillis())
                    .serverActiveDelay(SERVER_READY).volumeAvailableDelay(VOLUME_READY).build();
            try (SandboxCloud sandbox = SandboxCloud.start(sandboxOptions)) {
                InfrastructureCloud cloud = InfrastructureClouds.connect(sandbox.profile());
                cloud.list(ResourceKind.KEYPAIR, plan.cluster()); // log in before the clock starts
                Path dir = Files.createTempDirectory("apply-bench");
                ApplyTimeline timeline = new ApplyTimeline();
                long start = System.nanoTime();
                ApplyResult result;
                try (Journal journal = Journal.open(dir.resolve("journal.jsonl"))) {
                    result = Applier.apply(plan, cloud, journal, options, timeline, new Cancellation());
                }
                wallMs.add((System.nanoTime() - start) / 1e6);
                outcomes.add(result.outcome().name());
                lastTimeline = timeline.analyse(plan, model.durations(plan));
            }
        }
        double median = median(wallMs);
        double floorMs = floor.length().toNanos() / 1e6;
        double ratio = median / floorMs;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("serializeApiCalls", serialize);
        r.put("parallelism", parallelism);
        r.put("polling", Map.of("name", polling.name(), "initialMs", polling.initial().toMillis(), "maxMs",
                polling.max().toMillis()));
        r.put("floorMs", floorMs);
        r.put("floorChain", floor.chain());
        r.put("wallMs", wallMs);
        r.put("medianWallMs", median);
        r.put("ratio", Math.round(ratio * 1000) / 1000.0);
        r.put("meetsTarget", ratio <= TARGET_RATIO);
        r.put("outcomes", outcomes);
        r.put("whereTimeGoes", lastTimeline);
        System.out.printf("apply bench: serialize=%s parallelism=%d polling=%s floor %.0f ms, measured median %.0f ms,"
                        + " ratio %.3f (target <= %.2f) %s%n", serialize, parallelism, polling.name(), floorMs, median,
                ratio, TARGET_RATIO, outcomes);
        return r;
    }

    /** One apply on a latency-free sandbox first, so class loading and the JIT are not in the figures. */
    private static void warmUp() throws Exception {
        ClusterConfig config = ReliabilityClusters.config("warm", null, 3, 20, 3, "m1.large", true,
                WARM_UP_PARALLELISM);
        SandboxOptions options = SandboxOptions.builder().serverActiveDelay(Duration.ofMillis(100))
                .volumeAvailableDelay(Duration.ofMillis(50)).build();
        try (SandboxCloud sandbox = SandboxCloud.start(options);
             Journal journal = Journal.open(Files.createTempDirectory("apply-bench-warm").resolve("journal.jsonl"))) {
            Applier.apply(ReliabilityClusters.plan(config), InfrastructureClouds.connect(sandbox.profile()), journal,
                    new ApplyOptions(WARM_UP_PARALLELISM, true, Duration.ofMillis(20), Duration.ofMillis(50),
                            Duration.ofMinutes(1)), ProvisionListener.NONE, new Cancellation());
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
