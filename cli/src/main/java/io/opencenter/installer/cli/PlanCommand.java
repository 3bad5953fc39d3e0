package io.opencenter.installer.cli;

import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.ClusterPlans;
import io.opencenter.installer.install.SandboxProvider;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.apply.CriticalPath;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Shows what 'apply' would create: every resource with its kind, name and dependencies, the "
                + "counts, the quota headroom on the cloud (as 'preflight' checks it; resources the cluster already "
                + "has are not counted again) and the estimated duration. Reads only: nothing is created.",
                "With spec.cloud.sandbox: true it runs against the " + SandboxProvider.LABEL + " of the cluster "
                        + "(its state in the workspace)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the plan fits the cloud", "1:failure (file unreadable, bad option, sandbox failed)",
                "2:findings of severity error (config or cloud)"})
final class PlanCommand extends ClusterCommand {

    PlanCommand(Clouds clouds) {
        super(clouds);
    }

    @Mixin
    OutputFormatOption output;

    @Override
    public Integer call() {
        return withValidConfig(output.format, "nothing was planned", this::plan);
    }

    private int plan(ConfigCheck check, Catalog catalog) {
        PrintWriter out = out();
        PrintWriter err = err();
        ClusterConfig cfg = check.config();
        ProvisioningPlan plan = ClusterPlans.of(cfg);
        CriticalPath estimate = ClusterPlans.estimate(cfg, plan);
        ClusterSpec.Provisioning p = ClusterSpec.Provisioning.orDefaults(cfg.spec().provisioning());
        PreflightReport preflight;
        try {
            preflight = clouds.preflight(cfg, WorkspaceOption.of(spec), catalog);
        } catch (OpenStackException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        List<Finding> findings = new ArrayList<>(check.findings());
        findings.addAll(preflight.findings());
        PlanReport report = new PlanReport(plan, findings, preflight, estimate, p.serializeOrDefault(),
                p.parallelismOrDefault());
        if (output.format == FindingsReport.Format.JSON) {
            out.println(report.json());
            out.flush();
        } else {
            report.printText(out);
        }
        return report.valid() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
