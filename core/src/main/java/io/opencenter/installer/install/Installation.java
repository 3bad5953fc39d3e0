package io.opencenter.installer.install;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.apply.Applier;
import io.opencenter.installer.provision.apply.ApplyOptions;
import io.opencenter.installer.provision.apply.ApplyResult;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.spec.SpecYaml;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs an install: preflight (with quota needs reduced by what the cluster already holds, so a resumed install is
 * not refused for its own resources), then the infrastructure phase; later phases report
 * {@link PhaseState#NOT_AVAILABLE}. Writes the config next to the journal so Resume can find both.
 */
public final class Installation {
    static final String LATER_VERSION = "arrives with a later version";

    private final InstallRequest request;
    private final InstallListener listener;
    private final Cancellation cancel;

    private Installation(InstallRequest request, InstallListener listener, Cancellation cancel) {
        this.request = request;
        this.listener = new InstallLog(request.config().name(), listener);
        this.cancel = cancel;
    }

    /** Runs to {@code request.until()} (inclusive) or the first failure; never throws for a cloud failure. */
    public static InstallResult run(InstallRequest request, InstallListener listener, Cancellation cancel) {
        return new Installation(request, listener, cancel).run();
    }

    private InstallResult run() {
        ClusterConfig config = request.config();
        InstallPhase until = request.until();
        for (InstallPhase p : InstallPhase.values()) {
            if (p.ordinal() <= until.ordinal()) {
                listener.phase(p, PhaseState.PENDING, "");
            }
        }
        ClusterFiles files = ClusterFiles.of(request.workspace(), config.name());
        listener.phase(InstallPhase.PREFLIGHT, PhaseState.RUNNING, "checking the cloud");
        try {
            request.workspace().ensureExists();
            SpecYaml.save(config, files.config());
        } catch (IOException | UncheckedIOException e) {
            return failed(InstallPhase.PREFLIGHT, null, null, null,
                    "cannot write the config copy " + files.config() + ": " + e.getMessage());
        }
        CloudConnection cloud = request.cloud().inRegionOf(config);
        ProvisioningPlan plan = ClusterPlans.of(config);
        LazyInfrastructure infrastructure = new LazyInfrastructure(cloud);
        PreflightReport preflight = ClusterPreflight.run(config, plan, cloud, request.catalog());
        PreflightResults.keep(request.workspace(), config.name(), preflight);
        if (preflight.hasErrors()) {
            long errors = preflight.findings().stream().filter(Finding::isError).count();
            listener.phase(InstallPhase.PREFLIGHT, PhaseState.FAILED, errors + " error(s)");
            return new InstallResult(InstallResult.Outcome.PREFLIGHT_FAILED, null, preflight, null,
                    "preflight found " + errors + " error(s); nothing was created");
        }
        listener.phase(InstallPhase.PREFLIGHT, PhaseState.DONE, "the cloud can hold the cluster");
        if (until == InstallPhase.PREFLIGHT) {
            return new InstallResult(InstallResult.Outcome.COMPLETE, InstallPhase.PREFLIGHT, preflight, null,
                    "preflight passed");
        }
        if (cancel.isCancelled()) {
            listener.phase(InstallPhase.INFRASTRUCTURE, PhaseState.CANCELLED, "cancelled before it started");
            return new InstallResult(InstallResult.Outcome.CANCELLED, InstallPhase.PREFLIGHT, preflight, null,
                    "cancelled before anything was created");
        }
        return infrastructure(plan, files, infrastructure, preflight);
    }

    private InstallResult infrastructure(ProvisioningPlan plan, ClusterFiles files, LazyInfrastructure cloud,
                                         PreflightReport preflight) {
        listener.phase(InstallPhase.INFRASTRUCTURE, PhaseState.RUNNING, plan.resources().size() + " resources");
        ApplyResult applied;
        try (Journal journal = Journal.open(files.journal())) {
            applied = Applier.apply(plan, cloud.get(), journal, options(request.config()), listener, cancel);
        } catch (OpenStackException | UncheckedIOException e) {
            return failed(InstallPhase.INFRASTRUCTURE, InstallPhase.PREFLIGHT, preflight, null, e.getMessage());
        }
        switch (applied.outcome()) {
            case CANCELLED -> {
                listener.phase(InstallPhase.INFRASTRUCTURE, PhaseState.CANCELLED,
                        "calls in flight finished, the rest not started");
                return new InstallResult(InstallResult.Outcome.CANCELLED, InstallPhase.PREFLIGHT, preflight, applied,
                        "cancelled; what was created is journaled, running the install again resumes it");
            }
            case FAILED -> {
                String reason = applied.failures().isEmpty() ? "" : ": " + applied.failures().get(0).name() + ": "
                        + applied.failures().get(0).reason();
                return failed(InstallPhase.INFRASTRUCTURE, InstallPhase.PREFLIGHT, preflight, applied,
                        applied.failures().size() + " resource(s) failed" + reason);
            }
            default -> {
                listener.phase(InstallPhase.INFRASTRUCTURE, PhaseState.DONE,
                        applied.created() + " created, " + applied.adopted() + " already there");
                return later(preflight, applied);
            }
        }
    }

    /** Phases after the infrastructure up to {@code until}: not in this version. */
    private InstallResult later(PreflightReport preflight, ApplyResult applied) {
        InstallPhase until = request.until();
        String done = "infrastructure is complete (" + applied.created() + " created, " + applied.adopted()
                + " already there)";
        if (until == InstallPhase.INFRASTRUCTURE) {
            return new InstallResult(InstallResult.Outcome.COMPLETE, InstallPhase.INFRASTRUCTURE, preflight, applied,
                    done);
        }
        InstallPhase first = null;
        for (InstallPhase p : InstallPhase.values()) {
            if (p.ordinal() > InstallPhase.INFRASTRUCTURE.ordinal() && p.ordinal() <= until.ordinal()) {
                listener.phase(p, PhaseState.NOT_AVAILABLE, LATER_VERSION);
                first = first == null ? p : first;
            }
        }
        return new InstallResult(InstallResult.Outcome.PHASE_NOT_AVAILABLE, InstallPhase.INFRASTRUCTURE, preflight,
                applied, "phase " + first.label().toLowerCase(java.util.Locale.ROOT) + " is not available in this "
                + "version; " + done);
    }

    private InstallResult failed(InstallPhase phase, InstallPhase lastDone, PreflightReport preflight,
                                 ApplyResult applied, String message) {
        listener.phase(phase, PhaseState.FAILED, message);
        return new InstallResult(InstallResult.Outcome.FAILED, lastDone, preflight, applied, message);
    }

    static ApplyOptions options(ClusterConfig config) {
        ClusterSpec.Provisioning p = config.spec().provisioning() != null ? config.spec().provisioning()
                : new ClusterSpec.Provisioning(null, null);
        return ApplyOptions.of(p.parallelismOrDefault(), p.serializeOrDefault());
    }
}
