package io.opencenter.installer.sandbox.kube.sim;

/**
 * One server of the cluster as the simulated kubelet and cloud controller see it.
 *
 * @param id       Nova's id (the Node's providerID is {@code openstack:///<id>})
 * @param name     the server's name, which becomes the Node's name ({@code demo-control-plane-1})
 * @param status   Nova's status: BUILD, ACTIVE, SHUTOFF or ERROR
 * @param fixedIp  its first fixed IP on the node network (the Node's InternalIP), or null while it has none
 * @param zone     its availability zone (the Node's {@code topology.kubernetes.io/zone} label)
 * @param flavor   its flavor's name (the Node's {@code node.kubernetes.io/instance-type} label)
 * @param vcpus    the flavor's vCPUs (the Node's cpu capacity)
 * @param ramMb    the flavor's RAM in MiB (the Node's memory capacity)
 * @param joinFault why its kubeadm fails (the sandbox's injected join fault, shown on its console), or null when it
 *                  joins: a server with a join fault never registers a Node
 */
public record CloudServer(String id, String name, String status, String fixedIp, String zone, String flavor,
                          int vcpus, int ramMb, String joinFault) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
