package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.ServiceDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the cluster's Flux repository ({@link RepoLayout} shows the layout) from the config, the catalog and the
 * chart source. Pure and deterministic: the same inputs give the same bytes (sorted keys and files, catalog rollout
 * order, no timestamps); every Secret is handed to the {@link SecretSealer} and only its output is written.
 *
 * <p>Per enabled service, one Flux Kustomization in flux-system named after the service (the catalog's health probes
 * look for that name), its {@code dependsOn} from the catalog ({@link FluxDependencies}), and what it applies:
 * a HelmRelease + HelmRepository (also named after the service, in its namespace), this repository's own manifests,
 * an OLM Subscription, or an upstream release's manifests through a source object. Flux's controllers and kube-vip
 * are installed before Flux runs and have no object here. Two more Kustomizations configure services once their
 * CRDs exist: {@value FluxNames#KYVERNO_POLICIES} (the catalog's 17 ClusterPolicies, after kyverno) and
 * {@value FluxNames#METALLB_CONFIG} (spec.network.metallbPool, after metallb).
 *
 * <p>The {@code .sops.yaml} creation rules are not written here: the install adds the text {@code secrets.SopsConfig}
 * makes with {@link RepoTree#with}, since it holds the cluster's age recipient.
 */
public final class FluxRepository {
    static final String HELM_TIMEOUT = "15m";
    static final String TIMEOUT = "10m";

    private FluxRepository() {}

    public static RepoTree generate(RepoInputs inputs, SecretSealer sealer) {
        RepoContext ctx = RepoContext.of(inputs);
        RepoFiles files = new RepoFiles();
        FluxDependencies dependencies = new FluxDependencies(ctx.catalog(), ctx.selection());
        String rootKind = rootSourceKind(inputs);
        List<Map<String, Object>> infrastructure = new ArrayList<>();
        List<Map<String, Object>> apps = new ArrayList<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        Set<String> operatorGroups = new LinkedHashSet<>();
        for (ServiceDef service : ctx.services()) {
            Delivery delivery = Delivery.of(service);
            if (delivery == Delivery.NONE) {
                continue;
            }
            String id = service.id();
            String folder = RepoLayout.serviceDir(id);
            List<String> dependsOn = dependencies.of(service);
            Map<String, Object> kustomization = switch (delivery) {
                case HELM -> {
                    helmRelease(ctx, service, files, folder);
                    yield FluxObjects.kustomization(id, rootKind, FluxNames.ROOT_SOURCE, folder, dependsOn, null,
                            HELM_TIMEOUT);
                }
                case OWN_MANIFESTS -> {
                    OwnManifests.of(ctx, id).forEach((file, docs) -> files.documents(folder, file, docs));
                    yield FluxObjects.kustomization(id, rootKind, FluxNames.ROOT_SOURCE, folder, dependsOn, null,
                            TIMEOUT);
                }
                case OLM_SUBSCRIPTION -> {
                    boolean firstInNamespace = operatorGroups.add(service.namespace());
                    files.documents(folder, "subscription.yaml", OlmSubscriptions.of(service, firstInNamespace));
                    yield FluxObjects.kustomization(id, rootKind, FluxNames.ROOT_SOURCE, folder, dependsOn, null,
                            TIMEOUT);
                }
                case UPSTREAM_MANIFESTS -> {
                    UpstreamManifests.Upstream upstream = UpstreamManifests.of(service);
                    sources.add(UpstreamManifests.source(ctx.charts(), service));
                    yield FluxObjects.kustomization(id, UpstreamManifests.sourceKind(ctx.charts()), id,
                            upstream.kustomizationPath(), dependsOn,
                            upstream.intoServiceNamespace() ? service.namespace() : null, TIMEOUT);
                }
                case NONE -> throw new IllegalStateException("unreachable");
            };
            (id.equals(FluxNames.CUSTOMER_APPS) ? apps : infrastructure).add(kustomization);
            String companion = FluxDependencies.COMPANIONS.get(id);
            if (companion != null) {
                companion(ctx, service, companion, files);
                infrastructure.add(FluxObjects.kustomization(companion, rootKind, FluxNames.ROOT_SOURCE,
                        RepoLayout.serviceDir(companion), FluxDependencies.ofCompanion(id), null, TIMEOUT));
            }
        }
        for (SecretFile secret : inputs.secrets()) {
            files.sealed(secret, sealer);
        }
        String fluxSystem = RepoLayout.fluxSystemDir(ctx.config());
        files.documents(fluxSystem, "namespaces.yaml", Namespaces.of(ctx));
        files.documents(fluxSystem, "infrastructure.yaml", infrastructure);
        if (!apps.isEmpty()) {
            files.documents(fluxSystem, "apps.yaml", apps);
        }
        if (!sources.isEmpty()) {
            files.documents(fluxSystem, "sources.yaml", sources);
        }
        files.document(RepoLayout.clusterDir(ctx.config()), RepoLayout.KUSTOMIZATION,
                FluxObjects.kustomizeFile(List.of("flux-system")));
        return files.tree();
    }

    /** The root source the Flux bootstrap makes: an OCIRepository for an {@code oci://} repository, else Git. */
    static String rootSourceKind(RepoInputs inputs) {
        var platform = inputs.config().spec().platform();
        String url = platform == null || platform.gitops() == null ? null : platform.gitops().repoUrl();
        return url != null && url.startsWith("oci://") ? "OCIRepository" : "GitRepository";
    }

    private static void helmRelease(RepoContext ctx, ServiceDef service, RepoFiles files, String folder) {
        ServiceDef.Chart chart = service.chart();
        if (chart.version() == null || chart.version().isBlank()) {
            throw new IllegalStateException("service " + service.id() + ": the catalog pins no version of chart "
                    + chart.name() + " (a HelmRelease must); set chart.version in platform/catalog.yaml");
        }
        String url = ctx.charts().kind() == ChartSource.Kind.UPSTREAM ? chart.repository()
                : ctx.charts().helmRepositoryUrl();
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("service " + service.id() + ": the catalog names no chart repository");
        }
        files.document(folder, "helmrepository.yaml", FluxObjects.helmRepository(service.id(), service.namespace(), url));
        files.document(folder, "helmrelease.yaml", FluxObjects.helmRelease(service.id(), service.namespace(),
                chart.name(), chart.version(), service.id(), HelmValues.of(ctx, service.id()), List.of()));
    }

    private static void companion(RepoContext ctx, ServiceDef owner, String companion, RepoFiles files) {
        String folder = RepoLayout.serviceDir(companion);
        if (companion.equals(FluxNames.KYVERNO_POLICIES)) {
            KyvernoPolicies.of(owner).forEach((file, policy) -> files.document(folder, file, policy));
        } else {
            OwnManifests.of(ctx, companion).forEach((file, docs) -> files.documents(folder, file, docs));
        }
    }
}
