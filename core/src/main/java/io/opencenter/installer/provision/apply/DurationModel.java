package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.ResourceKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long creating one resource of each kind takes (call plus wait for ready). Defaults are typical figures for
 * a healthy cloud; the benchmark builds one from the sandbox's configured latency and delays, and apply's ETA
 * refines it with what it measured.
 */
public record DurationModel(Map<ResourceKind, Duration> perKind) {

    public DurationModel {
        Map<ResourceKind, Duration> copy = new EnumMap<>(ResourceKind.class);
        perKind.forEach((kind, d) -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("negative duration for " + kind + ": " + d);
            }
            copy.put(kind, d);
        });
        perKind = Map.copyOf(copy);
    }

    /**
     * Estimates for a healthy production cloud, not measurements: a Neutron write answers in about a second;
     * Nova keypairs and server groups are plain database rows; a boot volume is an image copy (tens of seconds on
     * Ceph with copy-on-write, minutes without); a server spends most of its minute in BUILD (scheduling, port
     * binding, boot). Apply replaces them with what it measures as soon as one of a kind finishes.
     */
    public static DurationModel typical() {
        Map<ResourceKind, Duration> m = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            if (kind.neutronMutating()) {
                m.put(kind, Duration.ofSeconds(1));
            }
        }
        m.put(ResourceKind.SERVER_GROUP, Duration.ofMillis(500));
        m.put(ResourceKind.KEYPAIR, Duration.ofMillis(500));
        m.put(ResourceKind.VOLUME, Duration.ofSeconds(10));
        m.put(ResourceKind.SERVER, Duration.ofSeconds(60));
        m.put(ResourceKind.LOAD_BALANCER, Duration.ofSeconds(60));
        return new DurationModel(m);
    }

    /** Explicit figures; kinds left out take no time. */
    public static DurationModel of(Map<ResourceKind, Duration> perKind) {
        return new DurationModel(perKind);
    }

    /**
     * A cloud where every create is one call of {@code perCall}, and volumes and servers then need
     * {@code volumeReady} / {@code serverReady} more before they are usable (the sandbox's knobs).
     */
    public static DurationModel ofCalls(Duration perCall, Duration volumeReady, Duration serverReady) {
        Map<ResourceKind, Duration> m = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            m.put(kind, perCall);
        }
        m.put(ResourceKind.VOLUME, perCall.plus(volumeReady));
        m.put(ResourceKind.SERVER, perCall.plus(serverReady));
        return new DurationModel(m);
    }

    public Duration of(ResourceKind kind) {
        return perKind.getOrDefault(kind, Duration.ZERO);
    }

    /** This model with {@code kind} taking {@code duration}. */
    public DurationModel with(ResourceKind kind, Duration duration) {
        Map<ResourceKind, Duration> m = new EnumMap<>(ResourceKind.class);
        m.putAll(perKind);
        m.put(kind, duration);
        return new DurationModel(m);
    }
}
