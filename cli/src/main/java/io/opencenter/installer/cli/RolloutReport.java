package io.opencenter.installer.cli;

import io.opencenter.installer.install.GitOpsSummary;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import java.io.PrintWriter;
import java.util.List;

/**
 * What apply leaves the user once GitOps and Rollout ran: where the cluster's repository is and which Flux reads it,
 * then a table of the platform services (service, namespace, state, elapsed, and why for those not ready).
 */
final class RolloutReport {

    private RolloutReport() {
    }

    static void gitops(PrintWriter out, GitOpsSummary g) {
        out.println();
        out.println("Repository:   " + g.repository() + "  (branch " + g.branch() + ", path " + g.path() + ")");
        out.println("Commit:       " + g.commit() + "  (" + (g.published() ? "published by this run" : "already there")
                + ", " + g.files() + " files)");
        out.println("Flux:         " + g.flux() + (g.simulated() ? "  (simulated: the sandbox's Flux)" : ""));
        out.flush();
    }

    static void services(PrintWriter out, List<ServiceProgress> services, ServiceLabels labels) {
        if (services.isEmpty()) {
            return;
        }
        long ready = services.stream().filter(s -> s.state() == ServiceState.READY).count();
        out.println();
        out.println(ready + " of " + services.size() + " platform services ready");
        int name = Math.max(7, services.stream().mapToInt(s -> labels.displayName(s.serviceId()).length()).max()
                .orElse(0));
        int namespace = Math.max(9, services.stream().mapToInt(s -> labels.namespace(s.serviceId()).length()).max()
                .orElse(0));
        String row = "%-" + name + "s  %-" + namespace + "s  %-11s  %-7s  %s";
        out.println(String.format(row, "SERVICE", "NAMESPACE", "STATE", "ELAPSED", "REASON").stripTrailing());
        for (ServiceProgress s : services) {
            boolean watched = s.state() != ServiceState.WAITING && s.state() != ServiceState.BLOCKED;
            out.println(String.format(row, labels.displayName(s.serviceId()), labels.namespace(s.serviceId()),
                    s.state(), watched ? Durations.format(s.elapsed()) : "-",
                    s.state() == ServiceState.READY ? "" : s.reason()).stripTrailing());
        }
        out.flush();
    }

    /** The services that ended DEGRADED, by id: their being there makes apply fail. */
    static List<String> degraded(List<ServiceProgress> services) {
        return services.stream().filter(s -> s.state() == ServiceState.DEGRADED).map(ServiceProgress::serviceId)
                .toList();
    }
}
