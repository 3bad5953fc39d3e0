package io.opencenter.installer.install;

/** The phases of an install, in order; {@code --until} names one of the last four. */
public enum InstallPhase {
    PREFLIGHT("Preflight"),
    INFRASTRUCTURE("Infrastructure"),
    BOOTSTRAP("Bootstrap"),
    GITOPS("GitOps"),
    ROLLOUT("Rollout"),
    HEALTH("Health");

    private final String label;

    InstallPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this version of the installer can run the phase: whether {@link Installation} has a class for it. */
    public boolean available() {
        return Installation.available(this);
    }
}
