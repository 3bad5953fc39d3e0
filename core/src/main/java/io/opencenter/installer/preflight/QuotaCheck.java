package io.opencenter.installer.preflight;

import static io.opencenter.installer.spec.ConfigField.CLOUD_NAME;
import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE_COUNT;
import static io.opencenter.installer.spec.ConfigField.CONTROL_PLANE_VOLUME;
import static io.opencenter.installer.spec.ConfigField.DISABLED;
import static io.opencenter.installer.spec.ConfigField.SSH_KEY;
import static io.opencenter.installer.spec.ConfigField.WORKER_POOLS;
import static io.opencenter.installer.spec.NodeField.COUNT;
import static io.opencenter.installer.spec.NodeField.VOLUME_SIZE_GB;

import io.opencenter.installer.openstack.OpenStackGateway.Quota;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quota headroom for the plan's resources and, on top of them, the add-ons'. Builds the table and one error per
 * quota that is short, at the config field the user would change to need less.
 */
final class QuotaCheck {
    private QuotaCheck() {}

    static PreflightReport check(ClusterConfig config, List<Quota> quotas, QuotaUsage infra, AddonNeeds addons) {
        List<QuotaLine> table = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> unreported = new ArrayList<>();
        for (QuotaResource r : QuotaResource.values()) {
            Optional<Quota> quota = quotas.stream().filter(q -> r.id().equals(q.resource())).findFirst();
            long infraNeed = infra.get(r);
            boolean hasAddonPart = addons.counts().containsKey(r);
            long addonNeed = addons.get(r);
            if (quota.isEmpty()) {
                if (infraNeed + addonNeed > 0) {
                    unreported.add(r.id());
                }
                continue;
            }
            Quota q = quota.get();
            boolean infraOk = fits(q, infraNeed);
            table.add(new QuotaLine(r.id(), QuotaLine.INFRASTRUCTURE, infraNeed, q.inUse(), q.limit(), infraOk));
            if (hasAddonPart) {
                boolean bothOk = fits(q, infraNeed + addonNeed);
                table.add(new QuotaLine(r.id(), QuotaLine.ADDONS, addonNeed, q.inUse(), q.limit(), bothOk));
                if (infraOk && !bothOk) {
                    findings.add(Finding.error(DISABLED.path(), r.id() + ": need " + (infraNeed + addonNeed)
                            + " (" + infraNeed + " for the nodes + " + addonNeed + " for the platform services), in use "
                            + q.inUse() + ", limit " + q.limit(), raiseHint(r)
                            + ", or disable optional services that claim volumes"));
                }
            }
            if (!infraOk) {
                findings.add(Finding.error(path(config, r), r.id() + ": need " + infraNeed + ", in use " + q.inUse()
                        + ", limit " + q.limit(), raiseHint(r) + ", or " + lessHint(r)));
            }
        }
        if (!unreported.isEmpty()) {
            findings.add(Finding.warning(CLOUD_NAME.path(), "the cloud reports no quota for "
                    + String.join(", ", unreported) + "; headroom for them is not checked", null));
        }
        return new PreflightReport(findings, table);
    }

    private static boolean fits(Quota q, long need) {
        return q.unlimited() || need <= q.headroom();
    }

    private static String raiseHint(QuotaResource r) {
        return "ask the cloud admin to raise it (openstack quota set --" + r.cliOption() + " N <project>)";
    }

    private static String lessHint(QuotaResource r) {
        return switch (r) {
            case INSTANCES -> "plan fewer nodes";
            case CORES, RAM_MB -> "plan fewer nodes or smaller flavors";
            case VOLUMES, GIGABYTES -> "boot from the image (volumeSizeGb: 0) or use smaller volumes";
            case PORTS -> "plan fewer nodes or free unused ports";
            default -> "free unused ones in the project";
        };
    }

    /** The field to change to need less of {@code r}; the cloud entry when no field of the config would help. */
    static String path(ClusterConfig config, QuotaResource r) {
        List<NodeGroup> groups = NodeGroup.of(config);
        return switch (r) {
            case INSTANCES, CORES, RAM_MB, PORTS -> groups.stream()
                    .filter(g -> g.path().startsWith(WORKER_POOLS.path()))
                    .filter(g -> g.count() > 0).findFirst().map(g -> g.field(COUNT))
                    .orElse(CONTROL_PLANE_COUNT.path());
            case VOLUMES, GIGABYTES -> groups.stream().filter(NodeGroup::bootsFromVolume).findFirst()
                    .map(g -> g.field(VOLUME_SIZE_GB)).orElse(CONTROL_PLANE_VOLUME.path());
            case KEY_PAIRS -> SSH_KEY.path();
            default -> CLOUD_NAME.path();
        };
    }
}
