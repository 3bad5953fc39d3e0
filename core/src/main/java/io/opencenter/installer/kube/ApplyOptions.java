package io.opencenter.installer.kube;

import java.util.Objects;

/**
 * How a server-side apply is sent. The field manager is the name under which the API server records which fields
 * the installer owns (the {@code managedFields} of every object): one name for the whole installer, so that a second
 * run owns the same fields and removes the ones it no longer sends. {@code force} takes fields over from another
 * manager (kubectl, a controller) instead of failing with a conflict; the installer forces only where it is the
 * object's rightful owner, which the caller decides.
 */
public record ApplyOptions(String fieldManager, boolean force) {

    /** The installer's field manager name. */
    public static final String INSTALLER = "opencenter-installer";

    public static final ApplyOptions DEFAULT = new ApplyOptions(INSTALLER, false);

    public ApplyOptions {
        Objects.requireNonNull(fieldManager, "fieldManager");
        // the field manager goes into the query string unencoded (fabric8 joins it as is): keep it to the characters
        // a manager name has in practice
        if (!fieldManager.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")) {
            throw new IllegalArgumentException("not a field manager name: " + fieldManager);
        }
    }

    /** The installer's manager, taking over conflicting fields. */
    public static ApplyOptions forced() {
        return new ApplyOptions(INSTALLER, true);
    }

    public ApplyOptions withForce(boolean force) {
        return new ApplyOptions(fieldManager, force);
    }
}
