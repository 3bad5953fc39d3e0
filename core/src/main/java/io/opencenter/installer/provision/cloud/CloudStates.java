package io.opencenter.installer.provision.cloud;

import io.opencenter.installer.provision.CloudObject.State;
import org.openstack4j.model.compute.Server;

import java.util.Locale;

/** Each service's status words reduced to {@link State}. */
final class CloudStates {

    private CloudStates() {
    }

    /**
     * Nova: BUILD (and a rebuild) is PENDING, ERROR is ERROR, a server being deleted (task state {@code deleting},
     * or DELETED/SOFT_DELETED) is DELETING; anything else that exists (ACTIVE, SHUTOFF, ...) is READY.
     */
    static State server(Server.Status status, String taskState) {
        if ("deleting".equals(taskState) || status == Server.Status.DELETED) {
            return State.DELETING;
        }
        if (status == null) {
            return State.PENDING;
        }
        return switch (status) {
            case BUILD, REBUILD -> State.PENDING;
            case ERROR -> State.ERROR;
            default -> State.READY;
        };
    }

    /** Cinder: creating/downloading (and attach steps) PENDING, available/in-use READY, error* ERROR. */
    static State volume(String status) {
        String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
        if (s.startsWith("error")) {
            return State.ERROR;
        }
        return switch (s) {
            case "available", "in-use" -> State.READY;
            case "deleting" -> State.DELETING;
            case "creating", "downloading", "attaching", "detaching", "reserved", "" -> State.PENDING;
            default -> State.READY;
        };
    }

    /** Octavia's provisioning status: ACTIVE READY, ERROR ERROR, PENDING_DELETE/DELETED DELETING, PENDING_* PENDING. */
    static State loadBalancer(String provisioningStatus) {
        String s = provisioningStatus == null ? "" : provisioningStatus.toUpperCase(Locale.ROOT);
        return switch (s) {
            case "ACTIVE" -> State.READY;
            case "ERROR" -> State.ERROR;
            case "PENDING_DELETE", "DELETED" -> State.DELETING;
            default -> State.PENDING;
        };
    }
}
