package io.opencenter.installer.sandbox.kube.sim;

import io.opencenter.installer.gitops.ChartSource;
import io.opencenter.installer.kube.Manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the sandbox hands an install in place of Flux's release (simulated; written here, nothing of Flux copied): the
 * {@code flux-system} namespace, a CRD per Flux kind the simulator serves (open schema, status subresource, at the
 * versions the installer's repository uses) and one Deployment per controller ({@code app: <controller>}, the label
 * the catalog's probes select), all labelled {@value #SIMULATED_LABEL}; the simulator's {@link FluxController} is
 * what then does the controllers' work. And the chart source the sandbox's repositories name: never dialled, since
 * the simulated Flux marks Helm and OCI sources Ready without fetching.
 */
public final class SimulatedFluxInstall {
    public static final String SIMULATED_LABEL = "sandbox.opencenter.io/simulated";
    /** The Helm repository the sandbox's HelmRepositories name (the {@code .invalid} TLD: nothing answers there). */
    public static final String CHARTS_URL = "http://charts.sandbox.opencenter.invalid";
    static final List<String> CONTROLLERS = List.of("source-controller", "kustomize-controller", "helm-controller",
            "notification-controller");

    private SimulatedFluxInstall() {
    }

    /** The install manifests, in the order Flux's install.yaml has them: namespace, CRDs, controllers. */
    public static List<Manifest> manifests() {
        List<Manifest> out = new ArrayList<>();
        out.add(Manifest.parse("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: flux-system
                  labels: {%s: "true", app.kubernetes.io/part-of: flux}
                """.formatted(SIMULATED_LABEL)));
        out.add(crd("source.toolkit.fluxcd.io", "GitRepository", "gitrepositories", "v1"));
        out.add(crd("source.toolkit.fluxcd.io", "HelmRepository", "helmrepositories", "v1"));
        out.add(crd("source.toolkit.fluxcd.io", "OCIRepository", "ocirepositories", "v1"));
        out.add(crd("kustomize.toolkit.fluxcd.io", "Kustomization", "kustomizations", "v1"));
        out.add(crd("helm.toolkit.fluxcd.io", "HelmRelease", "helmreleases", "v2"));
        out.add(crd("notification.toolkit.fluxcd.io", "Alert", "alerts", "v1beta3"));
        out.add(crd("notification.toolkit.fluxcd.io", "Provider", "providers", "v1beta3"));
        for (String controller : CONTROLLERS) {
            out.add(Manifest.parse("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: %1$s
                      namespace: flux-system
                      labels: {app: %1$s, %2$s: "true"}
                    spec:
                      replicas: 1
                      selector: {matchLabels: {app: %1$s}}
                      template:
                        metadata: {labels: {app: %1$s, %2$s: "true"}}
                        spec:
                          containers:
                          - name: manager
                            image: %3$s/fluxcd/%1$s:simulated
                    """.formatted(controller, SIMULATED_LABEL, CatalogReleases.IMAGE_REGISTRY)));
        }
        return List.copyOf(out);
    }

    /** Where the sandbox's repositories say charts and upstream manifests come from (the simulated Flux's). */
    public static ChartSource chartSource() {
        return new ChartSource(ChartSource.Kind.LOCAL, CHARTS_URL);
    }

    private static Manifest crd(String group, String kind, String plural, String version) {
        return Manifest.parse("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: %3$s.%1$s
                  labels: {%6$s: "true", app.kubernetes.io/part-of: flux}
                spec:
                  group: %1$s
                  scope: Namespaced
                  names: {kind: %2$s, plural: %3$s, singular: %4$s, listKind: %2$sList}
                  versions:
                  - name: %5$s
                    served: true
                    storage: true
                    subresources: {status: {}}
                    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
                """.formatted(group, kind, plural, kind.toLowerCase(Locale.ROOT), version, SIMULATED_LABEL));
    }
}
