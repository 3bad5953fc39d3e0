package io.opencenter.installer.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to start a {@link SandboxCloud}. Everything has a default ({@link #defaults()}); the latency, fault,
 * quota and behaviour knobs can also be changed while it runs.
 *
 * @param latencyMs            added to every call
 * @param seed                 seeds the fault dice
 * @param faultRates           per service ({@code compute}) or per operation ({@code compute:POST servers}), 0..1
 * @param faultKinds           kinds random faults are drawn from; empty = all
 * @param quotas               limit overrides by resource name (see {@link SandboxQuotas})
 * @param serverActiveDelay    BUILD → ACTIVE
 * @param volumeAvailableDelay creating → available
 * @param tokenLifetime        Keystone token lifetime
 * @param serverFault          null, or the fault message that makes new servers end in ERROR
 * @param stateFile            null, or a JSON file loaded on start and rewritten after every change
 * @param extraRegion          null, or a second region in the catalog (same endpoints)
 * @param computeHosts         simulated hypervisors; anti-affinity groups cannot hold more members than this
 * @param availabilityZones    compute and volume availability zones
 * @param clock                time source for tokens and state transitions (tests pass a manual clock)
 */
public record SandboxOptions(long latencyMs, long seed, Map<String, Double> faultRates, Set<FaultKind> faultKinds,
                             Map<String, Long> quotas, Duration serverActiveDelay, Duration volumeAvailableDelay,
                             Duration tokenLifetime, String serverFault, Path stateFile, String extraRegion,
                             int computeHosts, List<String> availabilityZones, Clock clock) {

    public SandboxOptions {
        faultRates = Map.copyOf(faultRates);
        faultKinds = faultKinds.isEmpty() ? Set.of() : Set.copyOf(faultKinds);
        quotas = Map.copyOf(quotas);
        availabilityZones = List.copyOf(availabilityZones);
    }

    /** The same options with another state file (null: keep nothing). */
    public SandboxOptions withStateFile(Path file) {
        return new SandboxOptions(latencyMs, seed, faultRates, faultKinds, quotas, serverActiveDelay,
                volumeAvailableDelay, tokenLifetime, serverFault, file, extraRegion, computeHosts, availabilityZones,
                clock);
    }

    public static SandboxOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private long latencyMs;
        private long seed = 42;
        private final Map<String, Double> faultRates = new LinkedHashMap<>();
        private Set<FaultKind> faultKinds = EnumSet.noneOf(FaultKind.class);
        private final Map<String, Long> quotas = new LinkedHashMap<>();
        private Duration serverActiveDelay = Duration.ofSeconds(2);
        private Duration volumeAvailableDelay = Duration.ofSeconds(1);
        private Duration tokenLifetime = Duration.ofHours(1);
        private String serverFault;
        private Path stateFile;
        private String extraRegion;
        private int computeHosts = 8;
        private List<String> availabilityZones = List.of("nova");
        private Clock clock = Clock.systemUTC();

        public Builder latencyMs(long value) {
            latencyMs = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder faultRate(String serviceOrOperation, double rate) {
            faultRates.put(serviceOrOperation, rate);
            return this;
        }

        public Builder faultKinds(Set<FaultKind> kinds) {
            faultKinds = kinds;
            return this;
        }

        public Builder quota(String resource, long limit) {
            quotas.put(resource, limit);
            return this;
        }

        public Builder serverActiveDelay(Duration value) {
            serverActiveDelay = value;
            return this;
        }

        public Builder volumeAvailableDelay(Duration value) {
            volumeAvailableDelay = value;
            return this;
        }

        public Builder tokenLifetime(Duration value) {
            tokenLifetime = value;
            return this;
        }

        public Builder serverFault(String message) {
            serverFault = message;
            return this;
        }

        public Builder stateFile(Path value) {
            stateFile = value;
            return this;
        }

        public Builder extraRegion(String value) {
            extraRegion = value;
            return this;
        }

        public Builder computeHosts(int value) {
            computeHosts = value;
            return this;
        }

        public Builder availabilityZones(List<String> value) {
            availabilityZones = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(latencyMs, seed, faultRates, faultKinds, quotas, serverActiveDelay,
                    volumeAvailableDelay, tokenLifetime, serverFault, stateFile, extraRegion, computeHosts,
                    availabilityZones, clock);
        }
    }
}
