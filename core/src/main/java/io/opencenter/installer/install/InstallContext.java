package io.opencenter.installer.install;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;

/**
 * What the phases of one install share: the config and its plan, the cloud (in the config's region, its
 * provisioning side opened once on first use), the cluster's files, and what earlier phases found.
 */
public final class InstallContext {
    private final InstallRequest request;
    private final ProvisioningPlan plan;
    private final CloudConnection cloud;
    private final LazyInfrastructure infrastructure;
    private PreflightReport preflight;
    private ApplyResult infrastructureResult;

    InstallContext(InstallRequest request) {
        this.request = request;
        this.plan = ClusterPlans.of(request.config());
        this.cloud = request.cloud().inRegionOf(request.config());
        this.infrastructure = new LazyInfrastructure(cloud);
    }

    public ClusterConfig config() {
        return request.config();
    }

    public Catalog catalog() {
        return request.catalog();
    }

    public Workspace workspace() {
        return request.workspace();
    }

    public ClusterFiles files() {
        return ClusterFiles.of(request.workspace(), request.config().name());
    }

    public ProvisioningPlan plan() {
        return plan;
    }

    /** The cloud in the config's region. */
    public CloudConnection cloud() {
        return cloud;
    }

    /** The provisioning side of {@link #cloud()}, shared by every phase of this install. */
    public LazyInfrastructure infrastructure() {
        return infrastructure;
    }

    /** The preflight report once the Preflight phase ran, else null. */
    public PreflightReport preflight() {
        return preflight;
    }

    void preflight(PreflightReport report) {
        this.preflight = report;
    }

    /** The apply result once the Infrastructure phase ran, else null. */
    public ApplyResult infrastructureResult() {
        return infrastructureResult;
    }

    void infrastructureResult(ApplyResult result) {
        this.infrastructureResult = result;
    }
}
