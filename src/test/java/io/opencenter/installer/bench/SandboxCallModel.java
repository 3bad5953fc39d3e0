package io.opencenter.installer.bench;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The floor's duration per kind on a sandbox that adds {@code latency} to every call: the calls one resource makes
 * one after the other on its way to READY, times the latency, plus the time the sandbox keeps it pending
 * (volumes {@code volumeReady}, servers {@code serverReady}), plus the one status read that sees it ready.
 * Calls counted (the OpenStack adapter of {@code provision.cloud}, read on 2026-11-25):
 * <ul>
 *   <li>network, subnet, router, security group, floating IP: the create, then the tag ({@code PUT .../tags/...};
 *       real Neutron Zed has no tag-on-create, so the adapter always tags after) = 2;</li>
 *   <li>port: the create and the tag, plus {@code GET subnets/{id}} for the network id when the port's plan
 *       dependencies name the subnet only (every node port) = 3; the VIP port depends on the network = 2;</li>
 *   <li>router interface ({@code add_router_interface}) and security-group rule (no tags on either) = 1;</li>
 *   <li>server group, keypair = 1; volume: the create (metadata carries the tag) + one status read = 2;
 *       server: the create (metadata at create) + one status read = 2.</li>
 * </ul>
 * Lookups of the external network, image and flavor by name are made once per name and cached, so they are left
 * out; so is the listing of existing resources at the start of a run (not part of any resource's chain; the
 * benchmark shows it separately as {@code beforeFirstCreateMs}).
 */
record SandboxCallModel(Duration latency, Duration volumeReady, Duration serverReady,
                        Map<ResourceKind, Integer> calls, int nodePortCalls) {

    static SandboxCallModel of(Duration latency, Duration volumeReady, Duration serverReady) {
        Map<ResourceKind, Integer> calls = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : new ResourceKind[] {ResourceKind.NETWORK, ResourceKind.SUBNET, ResourceKind.ROUTER,
                ResourceKind.SECURITY_GROUP, ResourceKind.FLOATING_IP, ResourceKind.PORT}) {
            calls.put(kind, 2);
        }
        calls.put(ResourceKind.ROUTER_INTERFACE, 1);
        calls.put(ResourceKind.SECURITY_GROUP_RULE, 1);
        calls.put(ResourceKind.SERVER_GROUP, 1);
        calls.put(ResourceKind.KEYPAIR, 1);
        calls.put(ResourceKind.VOLUME, 2);
        calls.put(ResourceKind.SERVER, 2);
        return new SandboxCallModel(latency, volumeReady, serverReady, calls, 3);
    }

    /** One resource: its kind's calls, and for a port whose plan dependencies do not name its network, one more. */
    Duration of(PlannedResource r) {
        int n = calls.getOrDefault(r.kind(), 0);
        if (r.attributes() instanceof ResourceAttributes.Port port && !r.dependsOn().contains(port.networkKey())) {
            n = nodePortCalls;
        }
        Duration d = latency.multipliedBy(n);
        return switch (r.kind()) {
            case VOLUME -> d.plus(volumeReady);
            case SERVER -> d.plus(serverReady);
            default -> d;
        };
    }

    Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("latencyMs", latency.toMillis());
        d.put("volumeReadyMs", volumeReady.toMillis());
        d.put("serverReadyMs", serverReady.toMillis());
        Map<String, Integer> c = new LinkedHashMap<>();
        calls.forEach((k, v) -> c.put(k.name(), v));
        d.put("sequentialCallsPerKind", c);
        d.put("nodePortCalls", nodePortCalls);
        return d;
    }
}
