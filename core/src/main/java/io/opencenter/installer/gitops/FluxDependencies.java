package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The catalog's dependencies as Flux Kustomization {@code dependsOn} names, for the selected services:
 * <ul>
 *   <li>capabilities ({@code storage}) resolved for the profile, as the catalog's graph does;</li>
 *   <li>{@code after} entries only when that service is enabled;</li>
 *   <li>a part without a chart of its own (Kyverno's webhook, MetalLB's speakers) stands for its owner's object;</li>
 *   <li>Flux's controllers and kube-vip have no Flux object: they run before the root Kustomization, so they drop out;</li>
 *   <li>depending on Kyverno or MetalLB means their configuration too ({@link FluxNames#KYVERNO_POLICIES},
 *       {@link FluxNames#METALLB_CONFIG}): an app admitted "under the policies" needs the policies, the Gateway's
 *       address needs the pool.</li>
 * </ul>
 */
final class FluxDependencies {
    /** Owner service → the Kustomization that configures it once its CRDs exist. */
    static final Map<String, String> COMPANIONS = Map.of("kyverno", FluxNames.KYVERNO_POLICIES,
            "metallb", FluxNames.METALLB_CONFIG);

    private final Catalog catalog;
    private final ServiceSelection selection;

    FluxDependencies(Catalog catalog, ServiceSelection selection) {
        this.catalog = catalog;
        this.selection = selection;
    }

    /** The dependsOn names of {@code service}'s Kustomization, sorted. */
    List<String> of(ServiceDef service) {
        List<String> refs = new ArrayList<>(catalog.dependencies(service.id(), selection.profile()));
        service.after().stream().filter(selection::isEnabled).forEach(refs::add);
        SortedSet<String> names = new TreeSet<>();
        for (String ref : refs) {
            objectFor(ref).ifPresent(names::add);
        }
        names.remove(service.id());
        return List.copyOf(names);
    }

    /** The dependsOn names of a companion Kustomization: just its owner. */
    static List<String> ofCompanion(String ownerId) {
        return List.of(ownerId);
    }

    /** The Flux Kustomization that stands for service {@code id}, if any. */
    Optional<String> objectFor(String id) {
        ServiceDef dep = catalog.service(id).orElseThrow(() -> new IllegalStateException("unknown service " + id));
        if (Delivery.of(dep) == Delivery.NONE) {
            return dep.isPart() ? objectFor(dep.partOf()) : Optional.empty();
        }
        return Optional.of(COMPANIONS.getOrDefault(id, id));
    }
}
