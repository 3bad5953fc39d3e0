package io.opencenter.installer.preflight;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.InfrastructureCloud;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The planned resources a cluster already has on the cloud (an earlier, partial apply): they are in the cloud's
 * {@code in use} figure, and apply adopts rather than creates them, so preflight does not count them again. Only
 * objects with a planned kind and name count (apply adopts exactly those; a leftover the plan does not know keeps
 * using quota), at most one per planned resource.
 */
@FunctionalInterface
public interface HeldResources {

    /** A cluster with nothing on the cloud yet (or a caller that must not look). */
    HeldResources NONE = plan -> List.of();

    List<PlannedResource> of(ProvisioningPlan plan);

    /** Lists the cluster's objects through the provisioning side, opened only when preflight gets that far. */
    static HeldResources on(Supplier<InfrastructureCloud> cloud) {
        return plan -> {
            InfrastructureCloud opened = cloud.get();
            List<PlannedResource> held = new ArrayList<>();
            for (ResourceKind kind : ResourceKind.values()) {
                List<PlannedResource> planned = plan.ofKind(kind);
                if (planned.isEmpty()) {
                    continue; // load balancers and anything else the plan never makes
                }
                Set<String> found = new HashSet<>();
                for (CloudObject o : opened.list(kind, plan.cluster())) {
                    found.add(o.name());
                }
                planned.stream().filter(r -> found.contains(r.name())).forEach(held::add);
            }
            return held;
        };
    }
}
