package io.opencenter.installer.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How Nova places the control-plane nodes ({@code spec.controlPlane.serverGroupPolicy}): the policy of their server
 * group. Hard anti-affinity keeps every node on a host of its own, so losing one host loses one etcd member at most,
 * but it needs at least as many compute hosts as control-plane nodes; soft anti-affinity spreads them as far as the
 * hosts allow and shares a host when it must.
 */
public enum ServerGroupPolicy {
    ANTI_AFFINITY("anti-affinity"),
    SOFT_ANTI_AFFINITY("soft-anti-affinity");

    /** What a config without the key gets. */
    public static final ServerGroupPolicy DEFAULT = ANTI_AFFINITY;

    /** Nova accepts the soft policies from this compute API microversion on (2.15, Mitaka). */
    public static final int SOFT_POLICY_MICROVERSION = 15;

    private final String value;

    ServerGroupPolicy(String value) {
        this.value = value;
    }

    /** The word the config file and Nova both use. */
    public String value() {
        return value;
    }

    /** Soft policies need Nova microversion 2.{@value #SOFT_POLICY_MICROVERSION} or later. */
    public boolean soft() {
        return this == SOFT_ANTI_AFFINITY;
    }

    /** The policy a config word names, or empty for any other word (null too). */
    public static Optional<ServerGroupPolicy> of(String value) {
        return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst();
    }

    /** The config words, default first. */
    public static List<String> words() {
        return Arrays.stream(values()).map(ServerGroupPolicy::value).toList();
    }
}
