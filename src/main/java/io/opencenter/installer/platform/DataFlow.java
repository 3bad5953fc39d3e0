package io.opencenter.installer.platform;

import java.util.List;

/**
 * One data-flow path of the spec ("Ingress path", "GitOps path", …) as ordered steps. A step's {@code from} and
 * {@code to} are service ids or {@link Actor} ids (things outside the cluster's services, like a Git repository).
 */
public record DataFlow(String id, String name, String description, List<Step> steps) {
    public DataFlow {
        steps = List.copyOf(steps);
    }

    public record Step(String from, String to, String label) {}
}
