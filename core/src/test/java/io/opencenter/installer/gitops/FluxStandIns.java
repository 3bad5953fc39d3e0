package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.ServiceDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lane's "Flux install manifests" (what {@code FluxInstallSource.file} reads; never a copied upstream
 * install.yaml): the namespace, the test bed's Flux CRDs, and for each Flux controller of the catalog the Deployment
 * its probe looks for (the real controllers run as processes of the test bed, so these pods only stand for them) and
 * any CRD its probe names that the test bed does not install (notification-controller's: the test bed runs no
 * notification-controller).
 */
final class FluxStandIns {

    private FluxStandIns() {}

    static Path installFile(List<ServiceDef> services, Path work, Path testBedCrds) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: flux-system, labels: {app.kubernetes.io/part-of: flux}}
                """);
        Set<String> served;
        try (Stream<Path> files = Files.list(testBedCrds)) {
            List<Path> crds = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            for (Path f : crds) {
                yaml.append("---\n").append(Files.readString(f));
            }
            served = crds.stream().map(f -> f.getFileName().toString().replace(".yaml", ""))
                    .map(n -> n.substring(n.indexOf('_') + 1) + "." + n.substring(0, n.indexOf('_')))
                    .collect(Collectors.toSet());
        }
        for (ServiceDef s : services) {
            if (s.chart() == null || !"flux-install".equals(s.chart().type())) {
                continue;
            }
            for (var p : s.health()) {
                if ("crd".equals(p.kind()) && !served.contains(p.name())) {
                    yaml.append("---\n").append(StandIns.crd(StandIns.CrdKind.ofProbe(p.name())));
                }
            }
            List<StandIns.Workload> workloads = StandIns.workloads(s.health());
            for (int i = 0; i < workloads.size(); i++) {
                yaml.append("---\n").append(StandIns.workload(workloads.get(i), StandIns.name(s.id(),
                        workloads.get(i), i), workloads.get(i).namespace()));
            }
        }
        return Files.writeString(work.resolve("flux-install.yaml"), yaml);
    }
}
