package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.ui.wizard.cloud.ServiceResult.Service;
import io.opencenter.installer.ui.wizard.cloud.ServiceResult.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Test connection": log in to Keystone, then one cheap read per needed service, each timed. A failed login skips
 * the rest (every later call would fail the same way and hide the real cause).
 */
public final class ConnectionTester {
    public static final List<Service> SERVICES = List.of(Service.values());

    private ConnectionTester() {}

    /** Runs the checks in order; {@code progress} sees each result as it comes in (for a live list). */
    public static List<ServiceResult> test(OpenStackGateway gateway, Consumer<ServiceResult> progress) {
        List<ServiceResult> results = new ArrayList<>();
        ServiceResult identity = timed(Service.IDENTITY, gateway::authenticate);
        results.add(identity);
        progress.accept(identity);
        for (Service service : SERVICES.subList(1, SERVICES.size())) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            ServiceResult r = identity.ok() ? timed(service, () -> gateway.probe(service.catalogType()))
                    : new ServiceResult(service, Status.SKIPPED, 0, "", null);
            results.add(r);
            progress.accept(r);
        }
        return results;
    }

    private static ServiceResult timed(Service service, Runnable call) {
        long start = System.nanoTime();
        try {
            call.run();
            return new ServiceResult(service, Status.OK, millisSince(start), "", null);
        } catch (OpenStackException e) {
            return new ServiceResult(service, Status.FAILED, millisSince(start), messageOf(e), e.kind());
        } catch (RuntimeException e) {
            // a library error the gateway did not classify: still the user's answer, not a crash
            return new ServiceResult(service, Status.FAILED, millisSince(start), String.valueOf(e.getMessage()),
                    OpenStackException.Kind.SERVER_ERROR);
        }
    }

    static String messageOf(OpenStackException e) {
        return e.getMessage() == null ? e.kind().name() : e.getMessage();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
