package io.opencenter.installer.install;

import io.opencenter.installer.preflight.HeldResources;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.spec.ConfigCopies;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.spec.SpecYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the config copy beside the journal (Resume and destroy find it there), then runs the one preflight,
 * counting only what the cluster does not hold yet, so a resumed install is not refused for its own resources.
 * Reads only; the report is kept in the workspace for the support bundle.
 */
final class PreflightPhase implements Phase {

    @Override
    public InstallPhase id() {
        return InstallPhase.PREFLIGHT;
    }

    @Override
    public PhaseResult run(InstallContext context, InstallListener listener, Cancellation cancel) {
        listener.phase(InstallPhase.PREFLIGHT, PhaseState.RUNNING, "checking the cloud");
        try {
            context.workspace().ensureExists();
            SpecYaml.save(ConfigCopies.withoutUrlCredentials(context.config()), context.files().config());
        } catch (IOException | UncheckedIOException e) {
            return PhaseResult.failed("cannot write the config copy " + context.files().config() + ": "
                    + e.getMessage());
        }
        PreflightReport report = ClusterPreflight.run(context.config(), context.plan(), context.cloud(),
                HeldResources.on(context.infrastructure()), context.catalog());
        if (context.until().ordinal() >= InstallPhase.GITOPS.ordinal()) {
            report = withRepositoryFindings(report, context);
        }
        context.preflight(report);
        PreflightResults.keep(context.workspace(), context.config().name(), report);
        if (report.hasErrors()) {
            long errors = report.findings().stream().filter(Finding::isError).count();
            return PhaseResult.failed(errors + " error(s)", "preflight found " + errors
                    + " error(s); nothing was created");
        }
        return PhaseResult.done("the cloud can hold the cluster", "preflight passed");
    }

    /** The repository Flux will read is checked too when the install goes that far (nothing is created yet). */
    private static PreflightReport withRepositoryFindings(PreflightReport report, InstallContext context) {
        List<Finding> repository = GitOpsRepository.findings(context.config(),
                context.cloud().apiRoute().simulated(), System.getenv());
        if (repository.isEmpty()) {
            return report;
        }
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(repository);
        return new PreflightReport(findings, report.quotaTable());
    }
}
