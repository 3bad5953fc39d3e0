package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.PkiStore;
import io.opencenter.installer.bootstrap.pki.PkiStoreException;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.BootstrapData;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.IoProblems;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

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
    private ClusterPki pki;
    private BootstrapSummary bootstrapSummary;
    private ClusterApiTarget apiTarget;
    private GitOpsSummary gitopsSummary;
    private List<ServiceProgress> services = List.of();

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

    public BootstrapTimeouts timeouts() {
        return request.timeouts();
    }

    /**
     * The cluster's PKI, made on the first install and kept in the workspace ever after: servers already built trust
     * that CA, so a resumed install must never make another.
     *
     * @return the PKI, or a message (naming the file and what to do) when the kept one cannot be used
     */
    synchronized Optional<String> loadPki() {
        if (pki == null) {
            try {
                pki = PkiStore.loadOrCreate(files(), config().name());
            } catch (PkiStoreException e) {
                return Optional.of(e.getMessage());
            } catch (IOException e) {
                return Optional.of("cannot keep the cluster's PKI under " + files().dir() + ": "
                        + IoProblems.describe(e) + "; check the folder's permissions and free space");
            }
        }
        return Optional.empty();
    }

    /** The PKI {@link #loadPki()} loaded. */
    synchronized ClusterPki pki() {
        if (pki == null) {
            throw new IllegalStateException("the PKI is loaded by the infrastructure phase first");
        }
        return pki;
    }

    /** The user-data each server is created with (see {@link NodeUserData}); needs {@link #pki()} first. */
    BootstrapData bootstrapData() {
        return new NodeUserData(config(), pki);
    }

    /** What Bootstrap left for the user, once it is done; else null. */
    public BootstrapSummary bootstrapSummary() {
        return bootstrapSummary;
    }

    void bootstrapSummary(BootstrapSummary summary) {
        this.bootstrapSummary = summary;
    }

    /** Where the cluster's API is and how it is dialled, once Bootstrap wrote its kubeconfig; else null. */
    ClusterApiTarget apiTarget() {
        return apiTarget;
    }

    void apiTarget(ClusterApiTarget target) {
        this.apiTarget = target;
    }

    /** The published repository and Flux, once the GitOps phase finished; else null. */
    public GitOpsSummary gitopsSummary() {
        return gitopsSummary;
    }

    void gitopsSummary(GitOpsSummary summary) {
        this.gitopsSummary = summary;
    }

    /** Every service's last state once the Rollout phase ran; else empty. */
    public List<ServiceProgress> services() {
        return services;
    }

    void services(List<ServiceProgress> services) {
        this.services = List.copyOf(services);
    }
}
