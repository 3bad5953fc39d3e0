package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.spec.Finding;
import java.util.List;

/** The result of preflight for one config: findings (paths into the config) and the quota table. */
public record CloudCheck(List<Finding> findings, List<QuotaRow> quotas) {
    public CloudCheck {
        findings = List.copyOf(findings);
        quotas = List.copyOf(quotas);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /**
     * One row of the quota table: {@code part} is infrastructure (what the plan creates) or add-ons (what the
     * platform services claim once running). {@code limit} -1 means unlimited; {@code ok} false when it is short.
     */
    public record QuotaRow(String resource, Part part, long needed, long inUse, long limit, boolean ok) {
        public enum Part { INFRASTRUCTURE, ADDONS }

        public boolean unlimited() {
            return limit < 0;
        }
    }
}
