package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.ServiceDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The lane's stand-in charts: for every selected Helm-delivered service a chart with the catalog's chart name and
 * version whose templates run the workloads the service's (and its parts') probes look for, in the release namespace,
 * and whose {@code crds/} folder holds the CRDs of the API groups it ships ({@link LanePlan}). No webhooks, no
 * Services, images never pulled. Packaged by the test bed's {@code helm} into the test bed's Helm repository.
 */
final class StandInCharts {

    private StandInCharts() {}

    /** Writes, packages and indexes the charts; returns the chart names written. */
    static List<String> publish(LanePlan plan, Path work, Path helm, Path repoDir, String repoUrl)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(helm.toString(), "package", "-d", repoDir.toString()));
        List<String> names = new ArrayList<>();
        for (ServiceDef s : plan.services) {
            if (!LanePlan.helm(s)) {
                continue;
            }
            ServiceDef.Chart chart = s.chart();
            Path dir = work.resolve("charts").resolve(chart.name());
            Files.createDirectories(dir.resolve("templates"));
            Files.writeString(dir.resolve("Chart.yaml"), """
                    apiVersion: v2
                    name: %s
                    version: %s
                    appVersion: "%s"
                    description: Stand-in for the real lane (RealFluxLaneTest), made at run time; not the upstream chart.
                    """.formatted(chart.name(), chart.version(), chart.appVersion() == null ? chart.version()
                    : chart.appVersion()));
            for (var p : plan.probesWithParts(s)) {
                if ("workload".equals(p.kind()) && !s.namespace().equals(p.namespace())) {
                    throw new IllegalStateException(s.id() + ": a probe looks in " + p.namespace()
                            + ", not in the release namespace " + s.namespace());
                }
            }
            String workloads = plan.workloadYaml(s, false);
            if (!workloads.isEmpty()) {
                // Helm puts each object into the release namespace (no namespace in the template, as charts do)
                Files.writeString(dir.resolve("templates/workloads.yaml"), workloads);
            }
            String crds = plan.crdYaml(s.id());
            if (!crds.isEmpty()) {
                Files.createDirectories(dir.resolve("crds"));
                Files.writeString(dir.resolve("crds/crds.yaml"), crds);
            }
            command.add(dir.toString());
            names.add(chart.name() + "-" + chart.version());
        }
        run(work, command);
        run(work, List.of(helm.toString(), "repo", "index", repoDir.toString(), "--url", repoUrl));
        return names;
    }

    static String run(Path cwd, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " " + command.get(1) + " failed: " + out);
        }
        return out;
    }
}
