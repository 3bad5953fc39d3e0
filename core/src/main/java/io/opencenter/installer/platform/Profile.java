package io.opencenter.installer.platform;

import java.util.Locale;

/** Where the cluster runs: on OpenStack (Cinder CSI, CCM) or on pre-provisioned nodes (Longhorn, no CCM). */
public enum Profile {
    OPENSTACK, GENERIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code openstack}/{@code generic}; null or unknown falls back to {@link #OPENSTACK}. */
    public static Profile fromId(String id) {
        return id != null && id.equalsIgnoreCase("generic") ? GENERIC : OPENSTACK;
    }
}
