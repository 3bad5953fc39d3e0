package io.opencenter.installer.sandbox.state;

import io.opencenter.installer.sandbox.SandboxBehaviour;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.sandbox.SandboxQuotas;

import java.util.Locale;
import java.util.UUID;

/** What every simulated service shares: the state, the knobs, the clock and the public base URL. */
public final class SandboxContext {
    private final CloudState state;
    private final SandboxOptions options;
    private final SandboxQuotas quotas;
    private final SandboxBehaviour behaviour;
    private volatile String rootUrl = "http://127.0.0.1:0";

    public SandboxContext(CloudState state, SandboxOptions options, SandboxQuotas quotas, SandboxBehaviour behaviour) {
        this.state = state;
        this.options = options;
        this.quotas = quotas;
        this.behaviour = behaviour;
    }

    public CloudState state() {
        return state;
    }

    public SandboxOptions options() {
        return options;
    }

    public SandboxQuotas quotas() {
        return quotas;
    }

    public SandboxBehaviour behaviour() {
        return behaviour;
    }

    public long now() {
        return options.clock().millis();
    }

    /** {@code http://127.0.0.1:PORT}, known once the server is bound. */
    public String rootUrl() {
        return rootUrl;
    }

    public void rootUrl(String url) {
        this.rootUrl = url;
    }

    /** Nova, Neutron, Cinder and Glance ids: dashed UUIDs. */
    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** Keystone ids: 32 hex digits. */
    public static String hexId() {
        return UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    }
}
