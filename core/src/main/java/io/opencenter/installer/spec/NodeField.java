package io.opencenter.installer.spec;

/**
 * A key that the control plane and every worker pool have alike, for checks that treat each group of nodes the
 * same way: {@code FLAVOR} is {@code spec.controlPlane.flavor} and {@code spec.workerPools[i].flavor}.
 */
public enum NodeField {
    COUNT(ConfigField.CONTROL_PLANE_COUNT, ConfigField.POOL_COUNT),
    FLAVOR(ConfigField.CONTROL_PLANE_FLAVOR, ConfigField.POOL_FLAVOR),
    IMAGE(ConfigField.CONTROL_PLANE_IMAGE, ConfigField.POOL_IMAGE),
    VOLUME_SIZE_GB(ConfigField.CONTROL_PLANE_VOLUME, ConfigField.POOL_VOLUME);

    private final String key;

    NodeField(ConfigField controlPlane, ConfigField pool) {
        if (!controlPlane.key().equals(pool.key())) {
            throw new IllegalArgumentException(controlPlane.path() + " and " + pool.path() + " differ in their key");
        }
        this.key = pool.key();
    }

    /** The key under a group's block ({@code spec.controlPlane} or {@code spec.workerPools[i]}): {@code flavor}. */
    public String key() {
        return key;
    }
}
