package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.ServiceDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stand-ins for the upstream manifest trees (OLM's quickstart, external-snapshotter's CRDs and controller), which
 * cannot be fetched here: per such service a Flux OCI artifact at the path and tag the generated OCIRepository and
 * Kustomization expect ({@link UpstreamManifests}), holding a kustomization of the CRDs its groups need and the
 * workloads its (and its parts') probes look for — OLM's catalog pod included, which the real catalog-operator
 * would start. Trees that are not moved into the service's namespace create their namespaces, as OLM's does.
 */
final class UpstreamStandIns {

    private UpstreamStandIns() {}

    /** Pushes one artifact per upstream-delivered service; returns {@code name:tag} of each. */
    static List<String> push(LanePlan plan, OciArtifactServer registry, Path work) throws IOException,
            InterruptedException {
        List<String> pushed = new ArrayList<>();
        for (ServiceDef s : plan.services) {
            if (!LanePlan.upstream(s)) {
                continue;
            }
            UpstreamManifests.Upstream u = UpstreamManifests.of(s);
            Path root = work.resolve("artifacts").resolve(s.id());
            Path base = root.resolve(u.paths().get(0));
            Files.createDirectories(base);
            List<String> docs = new ArrayList<>();
            if (!u.intoServiceNamespace()) {
                for (String ns : namespaces(List.of(s), plan.services)) {
                    docs.add("apiVersion: v1\nkind: Namespace\nmetadata: {name: " + ns + "}\n");
                }
            }
            String crds = plan.crdYaml(s.id());
            if (!crds.isEmpty()) {
                docs.add(crds);
            }
            String workloads = plan.workloadYaml(s, !u.intoServiceNamespace());
            if (!workloads.isEmpty()) {
                docs.add(workloads);
            }
            Files.writeString(base.resolve("stand-in.yaml"), String.join("---\n", docs));
            Files.writeString(base.resolve("kustomization.yaml"), """
                    apiVersion: kustomize.config.k8s.io/v1beta1
                    kind: Kustomization
                    resources: [stand-in.yaml]
                    """);
            Path tarGz = work.resolve("artifacts").resolve(s.id() + ".tar.gz");
            String top = u.paths().get(0).split("/")[0];
            StandInCharts.run(root, List.of("tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner",
                    "-czf", tarGz.toString(), top));
            registry.push("manifests/" + s.chart().name(), s.chart().version(), Files.readAllBytes(tarGz),
                    "lane stand-in of " + s.chart().repository());
            pushed.add(s.chart().name() + ":" + s.chart().version());
        }
        return pushed;
    }

    /** The namespaces the upstream stand-ins of {@code services} create (those not moved into a namespace). */
    static Set<String> namespaces(List<ServiceDef> upstream, List<ServiceDef> selected) {
        Set<String> out = new LinkedHashSet<>();
        LanePlan plan = new LanePlan(selected, new TreeDocs(List.of()));
        for (ServiceDef s : upstream) {
            if (LanePlan.upstream(s) && !UpstreamManifests.of(s).intoServiceNamespace()) {
                out.add(s.namespace());
                StandIns.workloads(plan.probesWithParts(s)).forEach(w -> out.add(w.namespace()));
            }
        }
        return out;
    }
}
