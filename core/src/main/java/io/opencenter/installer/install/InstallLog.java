package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.NodeProgress;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.spec.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an install's phase, resource, node and service changes to the log (INFO, so they reach the workspace log file) and
 * passes every event on. Progress ticks are not logged: the resource lines say the same, once. Events hold names,
 * states, cloud ids and reasons, never a secret; the log layout masks one anyway.
 */
final class InstallLog implements InstallListener {
    private static final Logger LOG = LoggerFactory.getLogger(Installation.class);

    private final String cluster;
    private final InstallListener next;

    InstallLog(String cluster, InstallListener next) {
        this.cluster = cluster;
        this.next = next;
    }

    @Override
    public void phase(InstallPhase phase, PhaseState state, String detail) {
        if (state != PhaseState.PENDING) {
            LOG.info("cluster {}: phase {} {}{}", cluster, phase.label(), state, suffix(detail));
        }
        next.phase(phase, state, detail);
    }

    @Override
    public void resource(ResourceEvent e) {
        LOG.info("cluster {}: {} {} {}{}{}{}", cluster, e.kind(), e.name(), e.state(),
                e.cloudId() == null ? "" : " id " + e.cloudId(), e.adopted() ? " (already there)" : "",
                suffix(e.reason()));
        next.resource(e);
    }

    @Override
    public void node(NodeProgress p) {
        LOG.info("cluster {}: node {} {}{} ({}/{} ready)", cluster, p.name(), p.state().label(), suffix(p.detail()),
                p.ready(), p.total());
        next.node(p);
    }

    @Override
    public void service(ServiceProgress p) {
        LOG.info("cluster {}: service {} {}{}", cluster, p.serviceId(), p.state(), suffix(p.reason()));
        next.service(p);
    }

    @Override
    public void rolloutStarted(ServiceRetry retry) {
        next.rolloutStarted(retry);
    }

    @Override
    public void progress(ProgressSnapshot progress) {
        next.progress(progress);
    }

    @Override
    public void log(String line) {
        LOG.info("cluster {}: {}", cluster, line);
        next.log(line);
    }

    /** The outcome of a preflight, one line, then one line per finding (they are the reasons to read the log). */
    static void preflight(String cluster, PreflightReport report) {
        long errors = report.findings().stream().filter(Finding::isError).count();
        LOG.info("cluster {}: preflight {}: {} error(s), {} warning(s), {} quota line(s)", cluster,
                errors == 0 ? "passed" : "failed", errors, report.findings().size() - errors,
                report.quotaTable().size());
        for (Finding f : report.findings()) {
            LOG.info("cluster {}: preflight {} {}: {}", cluster, f.severity(), f.path(), f.message());
        }
    }

    private static String suffix(String detail) {
        return detail == null || detail.isBlank() ? "" : ": " + detail;
    }
}
