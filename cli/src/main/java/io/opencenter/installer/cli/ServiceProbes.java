package io.opencenter.installer.cli;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** One probe per service the installer uses, each timed; a service missing from the region's catalog fails. */
final class ServiceProbes {
    /** Catalog types to look for, in order; block storage goes by either of its two names. */
    private static final List<List<String>> SERVICES = List.of(List.of("identity"), List.of("compute"),
            List.of("network"), List.of("image"), List.of("volumev3", "block-storage"));

    private ServiceProbes() {}

    static boolean probeAll(OpenStackGateway gateway, CloudProfile profile, List<Endpoint> catalog, PrintWriter out) {
        boolean allOk = true;
        for (List<String> types : SERVICES) {
            Optional<Endpoint> endpoint = catalog.stream()
                    .filter(e -> types.contains(e.serviceType()))
                    .filter(e -> profile.interfaceOrDefault().equals(e.interfaceType()))
                    .filter(e -> profile.regionName() == null || profile.regionName().equals(e.region()))
                    .findFirst();
            String name = types.get(0);
            if (endpoint.isEmpty()) {
                line(out, false, name, -1, "no " + profile.interfaceOrDefault() + " endpoint"
                        + (profile.regionName() == null ? "" : " in region " + profile.regionName()));
                allOk = false;
                continue;
            }
            long start = System.nanoTime();
            try {
                gateway.probe(endpoint.get().serviceType());
                line(out, true, name, CloudTestCommand.millisSince(start), endpoint.get().url());
            } catch (OpenStackException e) {
                line(out, false, name, CloudTestCommand.millisSince(start), e.getMessage());
                allOk = false;
            }
        }
        return allOk;
    }

    static void line(PrintWriter out, boolean ok, String what, long millis, String detail) {
        String time = millis < 0 ? "-" : millis + " ms";
        out.printf("%-4s %-10s %8s  %s%n", ok ? "OK" : "FAIL", what, time, detail);
    }
}
