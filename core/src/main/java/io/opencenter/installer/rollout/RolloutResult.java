package io.opencenter.installer.rollout;

import java.util.List;
import java.util.Optional;

/** Where every service ended when a rollout returned, in the order the services were given. */
public record RolloutResult(List<ServiceProgress> services, boolean cancelled) {

    public RolloutResult {
        services = List.copyOf(services);
    }

    /** Whether every service is READY (false after a cancel that came first). */
    public boolean allReady() {
        return services.stream().allMatch(s -> s.state() == ServiceState.READY);
    }

    public Optional<ServiceProgress> service(String serviceId) {
        return services.stream().filter(s -> s.serviceId().equals(serviceId)).findFirst();
    }

    /** The ids of the services in that state. */
    public List<String> in(ServiceState state) {
        return services.stream().filter(s -> s.state() == state).map(ServiceProgress::serviceId).toList();
    }
}
