package io.opencenter.installer.provision.apply;

import io.opencenter.installer.provision.ResourceKind;
import java.time.Duration;
import java.util.Map;

/**
 * How long creating one resource of each kind takes (call plus wait for ready). Defaults are typical figures for
 * a healthy cloud; the benchmark builds one from the sandbox's configured latency and delays, and apply's ETA
 * refines it with what it measured.
 */
public record DurationModel(Map<ResourceKind, Duration> perKind) {

    public static DurationModel typical() {
        throw new UnsupportedOperationException("TODO(issue 5): duration model");
    }

    public Duration of(ResourceKind kind) {
        return perKind.getOrDefault(kind, Duration.ZERO);
    }
}
