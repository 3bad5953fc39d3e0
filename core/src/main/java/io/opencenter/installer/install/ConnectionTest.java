package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.CloudService;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.preflight.FailureFindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Test connection" ({@code cloud test} and the Cloud page): log in to Keystone, then one cheap, timed read per
 * needed service at its endpoint of the catalog (the profile's interface, in its region when it names one). A
 * failed login skips the rest: every later call would fail the same way and hide the real cause. A failed
 * service does not stop the others. Creates nothing.
 */
final class ConnectionTest {
    private ConnectionTest() {}

    /** Runs the checks in order; {@code progress} sees each result as it comes in. */
    static ConnectionReport run(OpenStackGateway gateway, CloudProfile profile, ConnectionProgress progress) {
        List<ServiceCheck> checks = new ArrayList<>();
        long start = System.nanoTime();
        AuthInfo auth;
        try {
            auth = gateway.authenticate();
        } catch (RuntimeException x) {
            OpenStackException e = classified(x);
            long millis = millisSince(start);
            String url = profile.auth().authUrl();
            LoginCheck login = new LoginCheck(millis, null, FailureFindings.of(e, profile, "logging in", url,
                    List.of()));
            progress.login(login);
            for (CloudService service : CloudService.values()) {
                ServiceCheck check = service == CloudService.IDENTITY ? ServiceCheck.failed(service, millis, url, e)
                        : ServiceCheck.skipped(service);
                checks.add(check);
                progress.service(check);
            }
            return new ConnectionReport(login, checks);
        }
        LoginCheck login = new LoginCheck(millisSince(start), auth, null);
        progress.login(login);
        for (CloudService service : CloudService.values()) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            ServiceCheck check = probe(gateway, profile, auth.catalog(), service);
            checks.add(check);
            progress.service(check);
        }
        return new ConnectionReport(login, checks);
    }

    private static ServiceCheck probe(OpenStackGateway gateway, CloudProfile profile, List<Endpoint> catalog,
                                      CloudService service) {
        Optional<Endpoint> endpoint = profile.endpoint(catalog, service.catalogTypes());
        if (endpoint.isEmpty()) {
            String region = profile.regionName();
            String missing = "no " + profile.interfaceOrDefault() + " endpoint"
                    + (region == null ? "" : " in region " + region);
            return new ServiceCheck(service, ServiceCheck.Status.FAILED, -1, null, missing,
                    OpenStackException.Kind.NO_ENDPOINT);
        }
        String url = endpoint.get().url();
        long start = System.nanoTime();
        try {
            gateway.probe(endpoint.get().serviceType());
            return ServiceCheck.ok(service, millisSince(start), url);
        } catch (RuntimeException x) {
            return ServiceCheck.failed(service, millisSince(start), url, classified(x));
        }
    }

    /** A library error the gateway did not classify is still the user's answer, not a crash. */
    private static OpenStackException classified(RuntimeException x) {
        return x instanceof OpenStackException e ? e
                : new OpenStackException(OpenStackException.Kind.SERVER_ERROR, 0, String.valueOf(x.getMessage()), x);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
