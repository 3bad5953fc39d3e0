package io.opencenter.installer.provision;

import java.util.Objects;

/**
 * A resource as the cloud holds it right now. {@code id} is opaque outside the {@link InfrastructureCloud} that
 * made it (a keypair's id is its name; a router interface's id names router and subnet); dependents receive it
 * as the id of what they use. {@code detail} is the cloud's own status text plus any fault message, for humans.
 *
 * @param tagged whether it carries the cluster tag; an untagged one with a cluster name is a leftover of a run
 *               killed between create and tag, which apply tags and destroy removes
 */
public record CloudObject(ResourceKind kind, String id, String name, State state, String detail, boolean tagged,
                          Origin origin) {

    public CloudObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(origin, "origin");
        name = name == null ? "" : name;
        detail = detail == null ? "" : detail;
    }

    /** Where a resource is in its life, reduced from each service's status vocabulary. */
    public enum State {
        /** Being built (Nova BUILD, Cinder creating/downloading). */
        PENDING,
        /** Usable: ACTIVE server, available or in-use volume, any Neutron object that exists. */
        READY,
        /** ERROR / error states: it will never become ready; apply replaces it, destroy removes it. */
        ERROR,
        /** Being deleted. */
        DELETING
    }

    /** Who made a resource; destroy shows the groups separately before it asks. */
    public enum Origin {
        /** The installer, from the plan (tagged or named {@code <cluster>-...}). */
        INSTALLER,
        /** The Cinder CSI driver, for a PVC of this cluster (its cluster metadata). */
        CSI,
        /** The OpenStack cloud controller manager, for a LoadBalancer Service ({@code kube_service_<cluster>_...}). */
        CCM
    }

    public CloudObject withState(State newState, String newDetail) {
        return new CloudObject(kind, id, name, newState, newDetail, tagged, origin);
    }

    public CloudObject asTagged() {
        return new CloudObject(kind, id, name, state, detail, true, origin);
    }
}
