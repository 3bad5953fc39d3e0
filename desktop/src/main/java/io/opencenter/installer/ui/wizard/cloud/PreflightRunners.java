package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.preflight.Preflight;
import io.opencenter.installer.openstack.preflight.PreflightReport;
import io.opencenter.installer.openstack.preflight.QuotaLine;
import io.opencenter.installer.platform.Catalog;
import java.util.function.Supplier;

/** Preflight of the {@code openstack.preflight} package, in the shape the Cluster page shows. */
public final class PreflightRunners {
    private PreflightRunners() {}

    /**
     * Runs on a connection of its own, made for the config's region (the page's connection may be for the
     * profile's default region), and closes it.
     */
    public static CloudServices.PreflightRunner of(Supplier<Catalog> catalog) {
        return (config, profile, gateway) -> toCheck(Preflight.run(config, profile, OpenStackGateways::connect,
                catalog.get()));
    }

    static CloudCheck toCheck(PreflightReport report) {
        return new CloudCheck(report.findings(), report.quotaTable().stream()
                .map(l -> new CloudCheck.QuotaRow(l.resource(), QuotaLine.ADDONS.equals(l.part())
                        ? CloudCheck.QuotaRow.Part.ADDONS : CloudCheck.QuotaRow.Part.INFRASTRUCTURE, l.needed(),
                        l.inUse(), l.limit(), l.ok()))
                .toList());
    }
}
