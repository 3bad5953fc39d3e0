package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.ui.wizard.review.PlanReview;
import java.util.List;

/** One thing the running install told the page; handed to the FX thread in batches. */
sealed interface InstallUpdate {
    record Planned(List<PlanReview.Row> rows) implements InstallUpdate {}

    record Phase(InstallPhase phase, PhaseState state, String detail) implements InstallUpdate {}

    record Resource(ResourceEvent event) implements InstallUpdate {}

    record Progress(ProgressSnapshot snapshot) implements InstallUpdate {}

    record Log(String line) implements InstallUpdate {}
}
