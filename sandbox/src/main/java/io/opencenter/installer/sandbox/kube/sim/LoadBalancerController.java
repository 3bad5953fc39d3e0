package io.opencenter.installer.sandbox.kube.sim;

import io.fabric8.kubernetes.api.model.LoadBalancerIngress;
import io.fabric8.kubernetes.api.model.LoadBalancerStatus;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceStatus;
import io.opencenter.installer.spec.AddressRange;
import io.opencenter.installer.spec.Ipv4;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MetalLB's controller: a Service of type LoadBalancer (without another {@code loadBalancerClass}) gets an ingress
 * IP from {@code spec.network.metallbPool}: the one it asks for ({@code metallb.io/loadBalancerIPs} or
 * {@code spec.loadBalancerIP}) when that is in the pool and free, else the lowest free one; with the pool used up it
 * stays pending with an AllocationFailed event. A Service that is no longer a LoadBalancer gives its IP back. Shared
 * IPs and the ARP announcement are not modelled.
 */
final class LoadBalancerController {
    private static final List<String> REQUEST_ANNOTATIONS = List.of("metallb.io/loadBalancerIPs",
            "metallb.universe.tf/loadBalancerIPs");
    private final SimContext ctx;
    private final Events events;

    LoadBalancerController(SimContext ctx) {
        this.ctx = ctx;
        this.events = new Events(ctx);
    }

    void reconcile() {
        List<Service> services = ctx.kube().services().inAnyNamespace().list().getItems();
        Set<String> used = new HashSet<>();
        services.stream().filter(this::ours).forEach(s -> used.addAll(ips(s)));
        for (Service service : services) {
            if (!ours(service)) {
                if (!ips(service).isEmpty() && !"LoadBalancer".equals(service.getSpec().getType())) {
                    write(service, null);
                }
                continue;
            }
            if (!ips(service).isEmpty()) {
                continue;
            }
            String ip = allocate(service, used);
            if (ip == null) {
                String requested = requested(service);
                events.warn(service, "metallb-controller", "AllocationFailed", "Failed to allocate IP for \""
                        + service.getMetadata().getNamespace() + "/" + service.getMetadata().getName() + "\": "
                        + (requested == null ? "no available IPs" : "\"" + requested + "\" is "
                        + (used.contains(requested) ? "already in use" : "not in the pool " + ctx.cluster().metallbPool())));
            } else {
                used.add(ip);
                write(service, ip);
            }
        }
    }

    private boolean ours(Service s) {
        return "LoadBalancer".equals(s.getSpec().getType()) && (s.getSpec().getLoadBalancerClass() == null
                || s.getSpec().getLoadBalancerClass().isEmpty());
    }

    private String allocate(Service service, Set<String> used) {
        AddressRange pool = ctx.cluster().metallbPool();
        String requested = requested(service);
        if (requested != null) {
            return Ipv4.isValid(requested) && pool.contains(Ipv4.parse(requested)) && !used.contains(requested)
                    ? requested : null;
        }
        for (long i = 0; i < pool.size(); i++) {
            String ip = pool.start().plus(i).toString();
            if (!used.contains(ip)) {
                return ip;
            }
        }
        return null;
    }

    private static String requested(Service service) {
        Map<String, String> annotations = Pods.orEmpty(service.getMetadata().getAnnotations());
        for (String key : REQUEST_ANNOTATIONS) {
            if (annotations.containsKey(key)) {
                return annotations.get(key).split(",")[0].strip();
            }
        }
        String ip = service.getSpec().getLoadBalancerIP();
        return ip == null || ip.isEmpty() ? null : ip;
    }

    private void write(Service service, String ip) {
        Service next = ctx.store().copy(service);
        ServiceStatus status = next.getStatus() == null ? new ServiceStatus() : next.getStatus();
        LoadBalancerStatus lb = new LoadBalancerStatus();
        if (ip != null) {
            LoadBalancerIngress ingress = new LoadBalancerIngress();
            ingress.setIp(ip);
            ingress.setIpMode("VIP");
            lb.setIngress(List.of(ingress));
        }
        status.setLoadBalancer(lb);
        next.setStatus(status);
        ctx.store().save(service, next);
    }

    private static List<String> ips(Service s) {
        if (s.getStatus() == null || s.getStatus().getLoadBalancer() == null) {
            return List.of();
        }
        return Pods.orEmpty(s.getStatus().getLoadBalancer().getIngress()).stream().map(LoadBalancerIngress::getIp)
                .filter(ip -> ip != null && !ip.isEmpty()).toList();
    }
}
