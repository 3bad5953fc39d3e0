package io.opencenter.installer.provision;

/** What the executor is doing with one planned resource, as shown in progress events and the Install page. */
public enum ResourceState {
    /** Waiting for its dependencies or a free worker. */
    PENDING,
    /** Create sent (or being sent); waiting for the cloud to report it usable. */
    CREATING,
    /** Usable: created in this run, or found on the cloud and adopted. */
    READY,
    /** Could not be created; {@code reason} says why. */
    FAILED,
    /** Not started because the run was cancelled or a dependency failed. */
    SKIPPED,
    /** Being deleted by destroy. */
    DELETING,
    /** Gone. */
    DELETED;

    public boolean finished() {
        return this == READY || this == FAILED || this == SKIPPED || this == DELETED;
    }
}
