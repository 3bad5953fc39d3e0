package io.opencenter.installer.install;

import io.opencenter.installer.provision.UserDataOnCreate;
import java.util.Optional;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.provision.journal.Journal;
import java.io.UncheckedIOException;

/**
 * Creates the plan's resources on the cloud, journaled: a second run adopts what exists and creates the rest,
 * so a killed, cancelled or failed run resumes without duplicates.
 */
final class InfrastructurePhase implements Phase {

    @Override
    public InstallPhase id() {
        return InstallPhase.INFRASTRUCTURE;
    }

    @Override
    public PhaseResult run(InstallContext context, InstallListener listener, Cancellation cancel) {
        listener.phase(InstallPhase.INFRASTRUCTURE, PhaseState.RUNNING, context.plan().resources().size()
                + " resources");
        Optional<String> pkiProblem = context.loadPki();
        if (pkiProblem.isPresent()) {
            return PhaseResult.failed("the cluster's PKI cannot be used", pkiProblem.get());
        }
        ApplyResult applied;
        try (Journal journal = Journal.open(context.files().journal())) {
            applied = Applier.apply(context.plan(),
                    new UserDataOnCreate(context.infrastructure().get(), context.bootstrapData()), journal,
                    ClusterPlans.applyOptions(context.config()), listener, cancel);
        } catch (OpenStackException | UncheckedIOException e) {
            return PhaseResult.failed(e.getMessage());
        }
        context.infrastructureResult(applied);
        return switch (applied.outcome()) {
            case CANCELLED -> PhaseResult.cancelled("calls in flight finished, the rest not started",
                    "cancelled; what was created is journaled, running the install again resumes it");
            case FAILED -> PhaseResult.failed(applied.failures().size() + " resource(s) failed"
                    + (applied.failures().isEmpty() ? "" : ": " + applied.failures().get(0).name() + ": "
                    + applied.failures().get(0).reason()));
            default -> PhaseResult.done(applied.created() + " created, " + applied.adopted() + " already there",
                    "infrastructure is complete (" + applied.created() + " created, " + applied.adopted()
                            + " already there)");
        };
    }
}
