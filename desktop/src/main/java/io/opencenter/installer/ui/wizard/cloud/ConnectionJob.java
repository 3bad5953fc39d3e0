package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackGateway;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The background half of "Test connection": find the cloud's profile, connect, test each service, and on success
 * discover what the cloud offers. Runs on a worker thread; knows nothing of JavaFX.
 */
final class ConnectionJob implements Callable<ConnectionJob.Outcome> {
    /** What the user asked to test, captured on the FX thread when the button was pressed. */
    record Request(CloudSource source, String cloudName, CloudProfile entered) {}

    /** {@code session} is null when a service failed; {@code results} says which. */
    record Outcome(Request request, List<ServiceResult> results, CloudSession session) {
        boolean succeeded() {
            return session != null;
        }
    }

    private final CloudServices services;
    private final Request request;
    private final Consumer<ServiceResult> progress;

    ConnectionJob(CloudServices services, Request request, Consumer<ServiceResult> progress) {
        this.services = services;
        this.request = request;
        this.progress = progress;
    }

    @Override
    public Outcome call() {
        CloudProfile profile = switch (request.source()) {
            case SANDBOX -> services.sandbox().start();
            case CLOUDS_YAML -> services.directory().profile(request.cloudName());
            case CREDENTIALS -> request.entered();
        };
        OpenStackGateway gateway = services.gateways().connect(profile);
        boolean keep = false;
        try {
            List<ServiceResult> results = ConnectionTester.test(gateway, progress);
            if (Thread.currentThread().isInterrupted() || !results.stream().allMatch(ServiceResult::ok)) {
                return new Outcome(request, results, null);
            }
            CloudDiscovery discovery = CloudDiscovery.discover(gateway);
            if (Thread.currentThread().isInterrupted()) {
                return new Outcome(request, results, null); // cancelled: nobody takes the gateway
            }
            keep = true;
            String name = request.source() == CloudSource.SANDBOX ? null : profile.name();
            return new Outcome(request, results,
                    new CloudSession(request.source(), name, profile, gateway, discovery, results));
        } finally {
            if (!keep) {
                gateway.close();
            }
        }
    }
}
