package io.opencenter.installer.cli;

/** Exit codes of every command, per the CLI contract in cluster-config.md. */
public final class ExitCodes {
    /** Done, nothing wrong. */
    public static final int OK = 0;
    /** Anything that is not a finding: unreadable file, bad option, I/O error, bug. */
    public static final int FAILURE = 1;
    /** The config (or the cloud, in preflight) has findings of severity error. */
    public static final int FINDINGS = 2;

    private ExitCodes() {}
}
