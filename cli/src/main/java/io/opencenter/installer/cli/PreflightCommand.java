package io.opencenter.installer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.PreflightResults;
import io.opencenter.installer.install.SandboxProvider;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.preflight.QuotaLine;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "preflight", mixinStandardHelpOptions = true,
        description = {"Validates the config, then checks it against the cloud it names: login, services in the "
                + "region, flavors, images, external network, and quota headroom for the nodes and the platform "
                + "services. What the cluster already has on the cloud is not counted again. Reads only: nothing is "
                + "created.",
                "With spec.cloud.sandbox: true it runs against the " + SandboxProvider.LABEL + " of the cluster "
                        + "(its state in the workspace)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the cloud can hold the cluster", "1:failure (file unreadable, bad option, sandbox failed)",
                "2:findings of severity error (config or cloud)"})
final class PreflightCommand extends ClusterCommand {

    PreflightCommand(Clouds clouds) {
        super(clouds);
    }

    @Mixin
    OutputFormatOption output;

    @Override
    public Integer call() {
        return withValidConfig(output.format, "the cloud was not contacted", this::preflight);
    }

    private int preflight(ConfigCheck check, Catalog catalog) {
        PrintWriter out = out();
        PrintWriter err = err();
        PreflightReport report;
        try {
            report = runAgainstCloud(check.config(), catalog);
        } catch (OpenStackException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        List<Finding> all = new ArrayList<>(check.findings());
        all.addAll(report.findings());
        boolean ok = all.stream().noneMatch(Finding::isError);
        print(out, ok, all, report.quotaTable());
        if (ok && output.format == FindingsReport.Format.TEXT) {
            out.println(config.file + ": preflight passed");
            out.flush();
        }
        return ok ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private PreflightReport runAgainstCloud(ClusterConfig config, Catalog catalog) {
        PreflightReport report = clouds.preflight(config, WorkspaceOption.of(spec), catalog);
        // kept also when the cloud could not be reached: a support bundle then shows why
        PreflightResults.keep(WorkspaceOption.of(spec), config.name(), report);
        return report;
    }

    private void print(PrintWriter out, boolean valid, List<Finding> findings, List<QuotaLine> quota) {
        if (output.format == FindingsReport.Format.JSON) {
            out.println(json(valid, findings, quota));
            out.flush();
            return;
        }
        FindingsReport.print(out, FindingsReport.Format.TEXT, valid, findings);
        QuotaTable.print(out, quota);
    }

    /** validate's JSON document plus a {@code quota} array: the same reader handles both. */
    static String json(boolean valid, List<Finding> findings, List<QuotaLine> quota) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode doc = (ObjectNode) mapper.readTree(FindingsReport.json(valid, findings));
            ArrayNode lines = doc.putArray("quota");
            for (QuotaLine l : quota) {
                lines.add(mapper.valueToTree(l));
            }
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the preflight report as JSON", e);
        }
    }
}
