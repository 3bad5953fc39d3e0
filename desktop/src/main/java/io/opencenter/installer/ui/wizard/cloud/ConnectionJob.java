package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.CloudDiscovery;
import io.opencenter.installer.install.CloudProbe;
import io.opencenter.installer.install.ConnectionReport;
import io.opencenter.installer.install.OpenedCloud;
import io.opencenter.installer.install.ServiceCheck;
import io.opencenter.installer.openstack.CloudProfile;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The background half of "Test connection": open the chosen cloud, test each service, and on success discover
 * what the cloud offers (on the same login). Runs on a worker thread; knows nothing of JavaFX.
 */
final class ConnectionJob implements Callable<ConnectionJob.Outcome> {
    /** What the user asked to test, captured on the FX thread when the button was pressed. */
    record Request(CloudSource source, String cloudName, CloudProfile entered) {}

    /** {@code session} is null when a service failed; {@code results} says which. */
    record Outcome(Request request, List<ServiceCheck> results, CloudSession session) {
        boolean succeeded() {
            return session != null;
        }
    }

    private final CloudServices services;
    private final Request request;
    private final Consumer<ServiceCheck> progress;

    ConnectionJob(CloudServices services, Request request, Consumer<ServiceCheck> progress) {
        this.services = services;
        this.request = request;
        this.progress = progress;
    }

    /** @throws io.opencenter.installer.openstack.OpenStackException (CONFIG) when the chosen cloud cannot be used */
    @Override
    public Outcome call() {
        // the wizard's sandbox is shared and lives until the application stops: nothing to close here
        OpenedCloud cloud = switch (request.source()) {
            case SANDBOX -> services.sandbox();
            case CLOUDS_YAML -> services.clouds().named(request.cloudName());
            case CREDENTIALS -> services.clouds().entered(request.entered());
        };
        CloudConnection connection = cloud.requireConnection();
        try (CloudProbe probe = CloudProbe.open(connection)) {
            ConnectionReport report = probe.test(progress::accept);
            if (Thread.currentThread().isInterrupted() || !report.ok()) {
                return new Outcome(request, report.services(), null);
            }
            CloudDiscovery discovery = probe.discover();
            if (Thread.currentThread().isInterrupted()) {
                return new Outcome(request, report.services(), null); // cancelled: nobody takes the session
            }
            String name = request.source() == CloudSource.SANDBOX ? null : connection.profile().name();
            return new Outcome(request, report.services(),
                    new CloudSession(request.source(), name, connection, discovery, report.services()));
        }
    }
}
