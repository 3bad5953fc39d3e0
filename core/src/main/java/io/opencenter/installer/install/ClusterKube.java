package io.opencenter.installer.install;

import io.opencenter.installer.kube.KubeCluster;
import io.opencenter.installer.provision.Cancellation;
import java.time.Clock;

/** The bootstrapped cluster's API for the phases after Bootstrap: its admin kubeconfig, dialled as Bootstrap did. */
final class ClusterKube {

    private ClusterKube() {}

    /** Null when Bootstrap has not finished in this run (the phases after it run only after it). */
    static KubeCluster open(InstallContext context, Cancellation cancel, InstallListener listener) {
        BootstrapSummary bootstrap = context.bootstrapSummary();
        ClusterApiTarget target = context.apiTarget();
        if (bootstrap == null || target == null) {
            return null;
        }
        BootstrapTimeouts timeouts = context.timeouts();
        return ApiWait.connect(bootstrap.kubeconfig(), context.cloud().apiRoute().route(target), timeouts.api(),
                timeouts.poll(), cancel, Clock.systemUTC(), listener::log);
    }
}
