package io.opencenter.installer.rollout;

import io.opencenter.installer.health.ProbeTargets;
import io.opencenter.installer.kube.ObjectRef;
import io.opencenter.installer.platform.ServiceDef;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Flux objects that deliver a service, where a reconcile request goes: those its own probes name, or for a part
 * without any (Harbor's registry, Grafana) those of its owner, whose release delivers it. Empty for what Flux does not
 * deliver (the Flux controllers themselves, kube-vip's static pod).
 */
final class FluxObjects {

    private final RolloutGraph graph;

    FluxObjects(RolloutGraph graph) {
        this.graph = graph;
    }

    List<ObjectRef> of(ServiceDef service) {
        Set<ObjectRef> refs = new LinkedHashSet<>();
        service.health().forEach(p -> ProbeTargets.fluxObject(p).ifPresent(refs::add));
        if (refs.isEmpty() && service.isPart() && graph.contains(service.partOf())) {
            graph.service(service.partOf()).health().forEach(p -> ProbeTargets.fluxObject(p).ifPresent(refs::add));
        }
        return List.copyOf(refs);
    }
}
