package io.opencenter.installer.cli;

import io.opencenter.installer.install.BootstrapSummary;
import java.io.PrintWriter;

/** What apply leaves the user once Bootstrap is done: the API, the kubeconfig, the command to try and the nodes. */
final class BootstrapReport {

    private BootstrapReport() {
    }

    static void print(PrintWriter out, BootstrapSummary s) {
        out.println();
        out.println("Cluster API:  " + s.apiUrl() + (s.simulated() ? "  (simulated: the sandbox's Kubernetes)" : ""));
        out.println("Kubeconfig:   " + s.kubeconfig() + "  (admin; keep it private)");
        out.println("Try:          " + s.kubectlGetNodes());
        out.println();
        int width = s.nodes().stream().mapToInt(n -> n.name().length()).max().orElse(4);
        out.println(String.format("%-" + width + "s  %-14s  %s", "NODE", "ROLE", "STATE"));
        for (BootstrapSummary.Node n : s.nodes()) {
            out.println(String.format("%-" + width + "s  %-14s  %s", n.name(), n.role(), n.state().label()));
        }
        out.flush();
    }
}
