package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudService;
import io.opencenter.installer.openstack.OpenStackException;

/**
 * How one needed service answered the connection test.
 *
 * @param service   the service
 * @param status    OK, FAILED, or SKIPPED (not tried because the login failed)
 * @param latencyMs how long the call took; -1 when none was made (skipped, or no endpoint to call)
 * @param endpoint  the catalog URL that was called, or null
 * @param message   why it failed (the cloud's message, never a secret), else empty
 * @param failure   what kind of failure, to show it where it can be fixed; null unless FAILED
 */
public record ServiceCheck(CloudService service, Status status, long latencyMs, String endpoint, String message,
                           OpenStackException.Kind failure) {
    public enum Status { OK, FAILED, SKIPPED }

    static ServiceCheck ok(CloudService service, long latencyMs, String endpoint) {
        return new ServiceCheck(service, Status.OK, latencyMs, endpoint, "", null);
    }

    static ServiceCheck failed(CloudService service, long latencyMs, String endpoint, OpenStackException e) {
        return new ServiceCheck(service, Status.FAILED, latencyMs, endpoint,
                e.getMessage() == null ? e.kind().name() : e.getMessage(), e.kind());
    }

    static ServiceCheck skipped(CloudService service) {
        return new ServiceCheck(service, Status.SKIPPED, -1, null, "", null);
    }

    public boolean ok() {
        return status == Status.OK;
    }

    /** Whether a call was made (and {@link #latencyMs()} is its time). */
    public boolean timed() {
        return latencyMs >= 0;
    }
}
