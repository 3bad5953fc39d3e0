package io.opencenter.installer.provision;

/**
 * Port for the cloud-init user-data a node boots with (the bootstrap package renders it). It is asked at the moment
 * a server is created, not when the plan is made: the user-data names the cluster's floating IP, which the cloud
 * hands out during apply, and it carries the cluster's CA keys, which must stay out of the plan, its exports and
 * the journal.
 */
@FunctionalInterface
public interface BootstrapData {

    /**
     * @param apiFloatingIp the address of the cluster's API floating IP
     * @return the user-data text, or null for none
     */
    String userData(NodeRole role, String group, int index, String apiFloatingIp);
}
