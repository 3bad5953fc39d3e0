package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.NodeState;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user has once Bootstrap is done: the API, the admin kubeconfig and the nodes.
 *
 * @param apiUrl     the cluster's API as the kubeconfig names it ({@code https://<floating-ip>:6443})
 * @param kubeconfig the admin kubeconfig in the workspace (0600)
 * @param nodes      every node the installer made, in plan order
 * @param simulated  whether the cluster is the sandbox's simulated one
 */
public record BootstrapSummary(String apiUrl, Path kubeconfig, List<Node> nodes, boolean simulated) {

    public BootstrapSummary {
        nodes = List.copyOf(nodes);
    }

    /** One node: its name, what it runs, and its state when Bootstrap ended. */
    public record Node(String name, String role, NodeState state) {}

    /** The command to paste into a shell to see the nodes. */
    public String kubectlGetNodes() {
        return "kubectl --kubeconfig " + ShellQuote.of(kubeconfig.toString()) + " get nodes";
    }
}
