package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.install.ClusterPreflight;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.preflight.QuotaLine;
import java.util.function.Supplier;

/** The installer's one preflight ({@link ClusterPreflight}, as the CLI runs it), in the shape the pages show. */
public final class PreflightRunners {
    private PreflightRunners() {}

    /**
     * Runs on a connection of its own, made for the config's region (the page's connection may be for the
     * profile's default region), and closes it. What the cluster already holds on the cloud is not counted again.
     */
    public static CloudServices.PreflightRunner of(Supplier<Catalog> catalog) {
        return (config, cloud) -> toCheck(ClusterPreflight.run(config, cloud, catalog.get()));
    }

    static CloudCheck toCheck(PreflightReport report) {
        return new CloudCheck(report.findings(), report.quotaTable().stream()
                .map(l -> new CloudCheck.QuotaRow(l.resource(), QuotaLine.ADDONS.equals(l.part())
                        ? CloudCheck.QuotaRow.Part.ADDONS : CloudCheck.QuotaRow.Part.INFRASTRUCTURE, l.needed(),
                        l.inUse(), l.limit(), l.ok()))
                .toList());
    }
}
