package io.opencenter.installer.bench;

import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.provision.ResourceKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
 * The adapter looks up the external network, image and flavor by name once and caches them: the router pays the
 * external network's two calls (the list and its tags), the first volume of the plan the image list, the first
 * server the flavor list ({@link #durations}). Left out: the listing of existing resources at the start of a run
 * (no resource's chain; the benchmark shows it as {@code beforeFirstCreateMs}), and the same lookups again for
 * volumes and servers that start while the first one's lookup is still running (they wait for it: counting it for
 * one of each keeps the floor a floor).
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

    /** The floor's duration of each resource of {@code plan}, the one-time lookups included. */
    Function<PlannedResource, Duration> durations(ProvisioningPlan plan) {
        Set<String> firstOfKind = new HashSet<>();
        for (ResourceKind kind : new ResourceKind[] {ResourceKind.VOLUME, ResourceKind.SERVER}) {
            plan.ofKind(kind).stream().findFirst().ifPresent(r -> firstOfKind.add(r.key()));
        }
        return r -> {
            int lookups = r.kind() == ResourceKind.ROUTER ? 2 : firstOfKind.contains(r.key()) ? 1 : 0;
            return of(r).plus(latency.multipliedBy(lookups));
        };
    }

    /** One resource: its kind's calls, and for a port whose plan dependencies do not name its network, one more. */
    private Duration of(PlannedResource r) {
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
        d.put("oneTimeLookupCalls", Map.of("router", 2, "firstVolumeOfPlan", 1, "firstServerOfPlan", 1));
        return d;
    }
}
