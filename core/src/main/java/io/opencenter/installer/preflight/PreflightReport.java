package io.opencenter.installer.preflight;

import io.opencenter.installer.spec.Finding;
import java.util.List;

/** Findings in the validation shape (paths into the config) and the quota table; empty table when unknown. */
public record PreflightReport(List<Finding> findings, List<QuotaLine> quotaTable) {
    public PreflightReport {
        findings = List.copyOf(findings);
        quotaTable = List.copyOf(quotaTable);
    }

    public static PreflightReport of(List<Finding> findings) {
        return new PreflightReport(findings, List.of());
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
