package io.opencenter.installer.preflight;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cloud-dependent check on a config, as a pure function of the config, its plan and what was read from the
 * cloud.
 * Order of findings: service catalog and region, placement (external network, zone, server group policy), node
 * groups, addresses on a reused network, quotas.
 */
public final class PreflightChecks {
    private PreflightChecks() {}

    public static PreflightReport check(ClusterConfig config, ProvisioningPlan plan, CloudFacts facts,
                                        Catalog catalog) {
        List<Finding> findings = new ArrayList<>(ServiceCatalogCheck.check(config, facts.profileRegion(),
                facts.interfaceOrDefault(), facts.auth() == null ? List.of() : facts.auth().catalog()));
        findings.addAll(PlacementCheck.check(config, facts));
        findings.addAll(ServerGroupCheck.check(config, facts));
        for (NodeGroup group : NodeGroup.of(config)) {
            findings.addAll(NodeResourceCheck.check(group, facts.flavors(), facts.images()));
        }
        findings.addAll(AddressCollisionCheck.check(config, facts.reusedNetwork()));
        PreflightReport quota = QuotaCheck.check(config, facts.quotas(),
                stillNeeded(plan, facts), AddonNeeds.of(config, catalog));
        findings.addAll(quota.findings());
        return new PreflightReport(findings, quota.quotaTable());
    }

    /** What the plan uses of each quota less what the cluster already holds of it. */
    static QuotaUsage stillNeeded(ProvisioningPlan plan, CloudFacts facts) {
        return QuotaUsage.of(plan.resources(), facts.flavors()).minus(QuotaUsage.of(facts.held(), facts.flavors()));
    }
}
