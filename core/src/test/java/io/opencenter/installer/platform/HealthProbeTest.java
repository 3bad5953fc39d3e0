package io.opencenter.installer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.ServiceDef.HealthProbe;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every probe of the built-in catalog must be something the health watcher can act on. */
class HealthProbeTest {
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Pod");
    private static final Set<String> FLUX = Set.of("HelmRelease", "Kustomization");
    private static final Pattern SELECTOR = Pattern.compile("[\\w./-]+=[\\w.-]+(,[\\w./-]+=[\\w.-]+)*");
    private static final Pattern CRD = Pattern.compile("[a-z0-9]+\\.[a-z0-9.-]+\\.[a-z]+");

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void everyServiceHasAProbeAndEveryProbeIsWellFormed() {
        for (ServiceDef s : catalog.services()) {
            assertThat(s.health()).as(s.id() + " probes").isNotEmpty();
            for (HealthProbe p : s.health()) {
                String where = s.id() + " " + p;
                switch (p.kind()) {
                    case "workload" -> {
                        assertThat(p.workloadKind()).as(where).isIn(WORKLOADS);
                        assertThat(p.namespace()).as(where).isEqualTo(s.namespace());
                        assertThat(p.selector()).as(where).matches(SELECTOR);
                    }
                    case "flux" -> {
                        assertThat(p.fluxKind()).as(where).isIn(FLUX);
                        assertThat(p.name()).as(where).isEqualTo(s.id());
                        assertThat(p.namespace()).as(where)
                                .isEqualTo(p.fluxKind().equals("HelmRelease") ? s.namespace() : "flux-system");
                    }
                    case "crd" -> assertThat(p.name()).as(where).matches(CRD);
                    case "condition" -> {
                        assertThat(p.condition()).as(where).isNotBlank();
                        assertThat(p.name()).as(where).isNotBlank();
                        assertThat(p.apiVersion()).as(where).contains("/");
                        assertThat(p.namespace()).as(where).isEqualTo(s.namespace());
                    }
                    default -> throw new AssertionError("unknown probe kind in " + where);
                }
            }
        }
    }

    @Test
    void everyFluxDeliveredServiceIsWatchedThroughItsFluxObject() {
        for (ServiceDef s : catalog.services()) {
            if (s.chart() == null) {
                continue;
            }
            String expected = switch (s.chart().type()) {
                case "helm" -> "HelmRelease";
                case "kustomize", "manifest", "olm-subscription" -> "Kustomization";
                default -> null;   // installed by the installer itself: Flux and kube-vip
            };
            if (expected != null) {
                assertThat(s.health()).as(s.id())
                        .anyMatch(p -> p.kind().equals("flux") && p.fluxKind().equals(expected));
            }
        }
    }

    @Test
    void rulesRejectMalformedProbes() {
        ServiceDef s = CatalogDependencyGraphTest.service("x");
        assertThat(HealthProbeRules.problems(s, new HealthProbe("workload", "Job", null, "ns", null, "a=b", null)))
                .singleElement().asString().contains("workloadKind");
        assertThat(HealthProbeRules.problems(s, new HealthProbe("workload", "Deployment", null, "other", null, "a=b", null)))
                .singleElement().asString().contains("namespace");
        assertThat(HealthProbeRules.problems(s, new HealthProbe("workload", "Deployment", null, "ns", null, "app", null)))
                .singleElement().asString().contains("selector");
        assertThat(HealthProbeRules.problems(s, new HealthProbe("flux", null, "GitRepository", "flux-system", "x", null, null)))
                .singleElement().asString().contains("fluxKind");
        assertThat(HealthProbeRules.problems(s, new HealthProbe("crd", null, null, null, "Widgets", null, null)))
                .singleElement().asString().contains("<plural>.<group>");
        assertThat(HealthProbeRules.problems(s, new HealthProbe("condition", "Kafka", null, "ns", "k", null, "Ready")))
                .singleElement().asString().contains("apiVersion");
        assertThat(HealthProbeRules.problems(s, new HealthProbe("ping", null, null, null, null, null, null)))
                .singleElement().asString().contains("kind must be");
        assertThat(HealthProbeRules.problems(s, new HealthProbe("condition", null, "HelmRelease", "ns", "x", null, "Ready")))
                .isEmpty();
    }

    @Test
    void selectorsAreEqualityPairs() {
        assertThat(HealthProbeRules.isSelector("app.kubernetes.io/name=loki,app.kubernetes.io/component=write")).isTrue();
        assertThat(HealthProbeRules.isSelector("app=harbor")).isTrue();
        assertThat(HealthProbeRules.isSelector("app in (a,b)")).isFalse();
        assertThat(HealthProbeRules.isSelector("app=")).isFalse();
        assertThat(HealthProbeRules.isSelector("app=a,")).isFalse();
        assertThat(HealthProbeRules.isSelector(null)).isFalse();
    }
}
