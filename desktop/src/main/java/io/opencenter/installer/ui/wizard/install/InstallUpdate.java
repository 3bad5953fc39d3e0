package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.install.ServiceRetry;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.ui.wizard.review.PlanReview;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One thing the running install told the page; handed to the FX thread in batches. */
sealed interface InstallUpdate {
    record Planned(List<PlanReview.Row> rows) implements InstallUpdate {}

    /** The nodes the plan makes, in plan order: name → what the node is ("control plane", "worker · general"). */
    record PlannedNodes(Map<String, String> roles) implements InstallUpdate {
        public PlannedNodes {
            roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        }
    }

    /** The catalog's names of the services: id → display name and namespace. */
    record ServiceNames(Map<String, ServiceBoard.Name> names) implements InstallUpdate {
        public ServiceNames {
            names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        }
    }

    record Phase(InstallPhase phase, PhaseState state, String detail) implements InstallUpdate {}

    record Resource(ResourceEvent event) implements InstallUpdate {}

    record Node(NodeProgress progress) implements InstallUpdate {}

    record Service(ServiceProgress progress) implements InstallUpdate {}

    /** The Rollout phase runs: until it ends, {@code retry} rolls a degraded service again. */
    record RolloutStarted(ServiceRetry retry) implements InstallUpdate {}

    record Progress(ProgressSnapshot snapshot) implements InstallUpdate {}

    record Log(String line) implements InstallUpdate {}
}
