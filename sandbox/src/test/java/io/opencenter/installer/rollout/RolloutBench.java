package io.opencenter.installer.rollout;

import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.workspace.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue 15's rollout benchmark on the sandbox (simulated): the openstack profile's repository published and Flux
 * installed as in {@link GitOpsSandboxTest}, every service whose Flux object delivers it given a readiness delay
 * (simulated: its release takes that long), then the rollout's wall time against the critical path of the same
 * delays along the rollout's DAG ({@code dependsOn} with capabilities resolved, and {@code after}). Run with
 * {@code mvn -B -o verify -pl sandbox -am -Pbench}; writes {@code target/bench/rollout.json}. Prints, never asserts a
 * time.
 */
class RolloutBench {
    private static final List<ServiceDef> SERVICES = PublishedRepository.CATALOG.select(Profile.OPENSTACK, List.of())
            .enabled();

    @TempDir
    Path dir;

    @Test
    void rolloutWallTimeAgainstTheCriticalPath() throws Exception {
        Map<String, Duration> delays = delays();
        long floor = criticalPath(delays);
        PublishedRepository repo = new PublishedRepository(dir);
        long wall;
        RolloutResult result;
        try (SimulatedPlatform platform = new SimulatedPlatform(dir, true, delays)) {
            repo.publish(repo.config(List.of()));
            repo.bootstrap(platform);
            long start = System.nanoTime();
            result = new Rollout(platform.kube, SERVICES, new RolloutOptions(Duration.ofMinutes(2), Map.of(),
                    Duration.ofMillis(100), 0), p -> { }).run(new Cancellation());
            wall = (System.nanoTime() - start) / 1_000_000;
        }
        double ratio = (double) wall / floor;
        String json = """
                {
                  "benchmark": "rollout on the sandbox (simulated Flux and readiness delays)",
                  "services": %d,
                  "ready": %d,
                  "delayedServices": %d,
                  "criticalPathMs": %d,
                  "wallMs": %d,
                  "ratio": %.3f,
                  "target": 1.10
                }
                """.formatted(SERVICES.size(), result.in(ServiceState.READY).size(), delays.size(), floor, wall,
                ratio);
        Path out = Path.of(System.getProperty("bench.dir", "target/bench")).resolve("rollout.json");
        Folders.create(out.getParent());
        Files.writeString(out, json);
        System.out.println("rollout bench: " + json);
    }

    /** 1 to 3 s per service that has a Flux object of its own (deterministic: by its place in the catalog). */
    private static Map<String, Duration> delays() {
        Map<String, Duration> delays = new LinkedHashMap<>();
        int i = 0;
        for (ServiceDef s : SERVICES) {
            if (s.health().stream().anyMatch(p -> "flux".equals(p.kind()))) {
                delays.put(s.id(), Duration.ofMillis(1000 + (i++ % 5) * 500L));
            }
        }
        return delays;
    }

    /** The longest chain of delays along the rollout's DAG: each service starts once all it needs or follows did. */
    private static long criticalPath(Map<String, Duration> delays) {
        Set<String> enabled = SERVICES.stream().map(ServiceDef::id).collect(Collectors.toSet());
        Map<String, Long> finish = new HashMap<>();
        long longest = 0;
        for (ServiceDef s : SERVICES) {
            longest = Math.max(longest, finish(s.id(), enabled, delays, finish));
        }
        return longest;
    }

    private static long finish(String id, Set<String> enabled, Map<String, Duration> delays, Map<String, Long> memo) {
        Long known = memo.get(id);
        if (known != null) {
            return known;
        }
        long start = 0;
        ServiceDef s = PublishedRepository.CATALOG.service(id).orElseThrow();
        List<String> before = new java.util.ArrayList<>(PublishedRepository.CATALOG.dependencies(id,
                Profile.OPENSTACK));
        s.after().stream().filter(enabled::contains).forEach(before::add);
        for (String dep : before) {
            if (enabled.contains(dep)) {
                start = Math.max(start, finish(dep, enabled, delays, memo));
            }
        }
        long end = start + delays.getOrDefault(id, Duration.ZERO).toMillis();
        memo.put(id, end);
        return end;
    }
}
