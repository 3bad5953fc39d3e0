package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.OpenStackException;

/**
 * How one OpenStack service answered "Test connection".
 *
 * @param service   one of {@link ConnectionTester#SERVICES}
 * @param status    OK, FAILED, or SKIPPED (not tried because login failed)
 * @param latencyMs how long the call took, when it was made
 * @param message   the service's error message when it failed, else empty
 * @param failure   what kind of failure (to show it at the field that can fix it), or null
 */
public record ServiceResult(Service service, Status status, long latencyMs, String message,
                            OpenStackException.Kind failure) {
    public enum Status { OK, FAILED, SKIPPED }

    /** The services the installer needs, in the order they are tested; {@code type} is the catalog type. */
    public enum Service {
        IDENTITY("identity"), COMPUTE("compute"), NETWORK("network"), BLOCK_STORAGE("volumev3"), IMAGE("image");

        private final String type;

        Service(String type) {
            this.type = type;
        }

        public String catalogType() {
            return type;
        }
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
