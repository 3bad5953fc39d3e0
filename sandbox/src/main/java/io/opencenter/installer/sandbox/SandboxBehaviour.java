package io.opencenter.installer.sandbox;

import java.time.Duration;

/**
 * Timings and outcomes of the simulated cloud's state machines, changeable while it runs: how long a server
 * stays BUILD and a volume creating, how long tokens live, and whether new servers/volumes end in ERROR.
 */
public final class SandboxBehaviour {
    private volatile Duration serverActiveDelay;
    private volatile Duration volumeAvailableDelay;
    private volatile Duration tokenLifetime;
    private volatile String serverFault;
    private volatile String volumeFault;
    private volatile String joinFault;

    SandboxBehaviour(SandboxOptions options) {
        this.serverActiveDelay = options.serverActiveDelay();
        this.volumeAvailableDelay = options.volumeAvailableDelay();
        this.tokenLifetime = options.tokenLifetime();
        this.serverFault = options.serverFault();
    }

    public Duration serverActiveDelay() {
        return serverActiveDelay;
    }

    public SandboxBehaviour serverActiveDelay(Duration delay) {
        this.serverActiveDelay = delay;
        return this;
    }

    public Duration volumeAvailableDelay() {
        return volumeAvailableDelay;
    }

    public SandboxBehaviour volumeAvailableDelay(Duration delay) {
        this.volumeAvailableDelay = delay;
        return this;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public SandboxBehaviour tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
        return this;
    }

    /** When set, servers created from now on go BUILD → ERROR with this fault message. */
    public String serverFault() {
        return serverFault;
    }

    public SandboxBehaviour serverFault(String message) {
        this.serverFault = message;
        return this;
    }

    /**
     * When set, servers created from now on become ACTIVE but their bootstrap fails with this reason: the node never
     * joins the cluster, and its console log ({@code os-getConsoleOutput}) says why.
     */
    public String joinFault() {
        return joinFault;
    }

    public SandboxBehaviour joinFault(String reason) {
        this.joinFault = reason;
        return this;
    }

    /** When set, volumes created from now on go creating → error. */
    public String volumeFault() {
        return volumeFault;
    }

    public SandboxBehaviour volumeFault(String message) {
        this.volumeFault = message;
        return this;
    }
}
