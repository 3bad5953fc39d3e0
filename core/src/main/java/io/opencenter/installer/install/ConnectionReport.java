package io.opencenter.installer.install;

import java.util.List;

/**
 * The connection test's answer: the login, then one check per needed service in
 * {@link io.opencenter.installer.openstack.CloudService} order. When the login failed, the identity check carries
 * its failure and the others are skipped. Fewer checks than services when the test was interrupted.
 */
public record ConnectionReport(LoginCheck login, List<ServiceCheck> services) {
    public ConnectionReport {
        services = List.copyOf(services);
    }

    /** The login and every service answered. */
    public boolean ok() {
        return login.ok() && services.size() == io.opencenter.installer.openstack.CloudService.values().length
                && services.stream().allMatch(ServiceCheck::ok);
    }
}
