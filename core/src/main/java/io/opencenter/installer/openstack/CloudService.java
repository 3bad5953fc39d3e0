package io.opencenter.installer.openstack;

import java.util.List;
import java.util.Optional;

/**
 * The OpenStack services a cluster needs, in the order they are tested and named: Keystone, Nova, Neutron, Glance,
 * Cinder. The one list the connection test (CLI {@code cloud test} and the Cloud page) and preflight's service
 * catalog check go by.
 */
public enum CloudService {
    IDENTITY("identity (Keystone)", "identity"),
    COMPUTE("compute (Nova)", "compute"),
    NETWORK("network (Neutron)", "network"),
    IMAGE("image (Glance)", "image"),
    /** Cinder: Zed-era catalogs list it as {@code volumev3}, newer ones as {@code block-storage}; either will do. */
    BLOCK_STORAGE("block-storage (Cinder)", "volumev3", "block-storage");

    private final String label;
    private final List<String> types;

    CloudService(String label, String... types) {
        this.label = label;
        this.types = List.of(types);
    }

    /** For messages, e.g. {@code compute (Nova)}. */
    public String label() {
        return label;
    }

    /** The catalog types that mean this service, the usual one first. */
    public List<String> catalogTypes() {
        return types;
    }

    /** The usual catalog type, e.g. {@code volumev3}. */
    public String catalogType() {
        return types.get(0);
    }

    public boolean matches(String catalogType) {
        return types.contains(catalogType);
    }

    /** The service a catalog type means, if the installer needs it. */
    public static Optional<CloudService> ofType(String catalogType) {
        for (CloudService s : values()) {
            if (s.matches(catalogType)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
