package io.opencenter.installer.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Flux Kustomization's dependsOn is the catalog's DAG for the selected services, and nothing dangles. */
class FluxRepositoryDependenciesTest {
    private static final Catalog CATALOG = RepoFixtures.CATALOG;
    /** Every optional service of the catalog (what a minimal cluster disables). */
    static final List<String> ALL_OPTIONAL = CATALOG.services().stream().filter(s -> !s.required())
            .map(ServiceDef::id).sorted().toList();

    static Stream<Arguments> configs() {
        return Stream.of(
                Arguments.of("openstack", List.of()),
                Arguments.of("generic", List.of()),
                Arguments.of("openstack", ALL_OPTIONAL),
                Arguments.of("generic", ALL_OPTIONAL),
                Arguments.of("openstack", List.of("prometheus", "harbor")),
                Arguments.of("openstack", List.of("keycloak", "headlamp")));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("configs")
    void dependsOnIsTheCatalogGraph(String profile, List<String> disabled) {
        ServiceSelection selection = CATALOG.select(Profile.fromId(profile), disabled);
        TreeDocs docs = TreeDocs.of(RepoFixtures.tree(profile, disabled));
        Map<String, List<String>> actual = new java.util.TreeMap<>();
        for (TreeDocs.Doc k : docs.fluxKustomizations()) {
            assertThat(k.namespace()).isEqualTo("flux-system");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> deps = (List<Map<String, Object>>) k.spec().getOrDefault("dependsOn", List.of());
            actual.put(k.name(), deps.stream().map(d -> (String) d.get("name")).toList());
        }
        Map<String, List<String>> expected = new java.util.TreeMap<>();
        for (ServiceDef s : selection.enabled()) {
            if (ownObject(s)) {
                expected.put(s.id(), expectedDependsOn(s, selection));
            }
        }
        expected.put("kyverno-policies", List.of("kyverno"));
        expected.put("metallb-config", List.of("metallb"));
        assertThat(actual).isEqualTo(expected);
        // no dangling reference, nothing of a disabled service
        assertThat(actual.values().stream().flatMap(List::stream)).allMatch(actual::containsKey);
        for (String off : selection.disabled()) {
            assertThat(docs.docs()).noneMatch(d -> off.equals(d.name()) && !"Namespace".equals(d.kind()));
        }
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("configs")
    void everyFluxHealthProbeOfAnEnabledServiceFindsItsObject(String profile, List<String> disabled) {
        ServiceSelection selection = CATALOG.select(Profile.fromId(profile), disabled);
        TreeDocs docs = TreeDocs.of(RepoFixtures.tree(profile, disabled));
        List<String> checked = new ArrayList<>();
        for (ServiceDef s : selection.enabled()) {
            for (ServiceDef.HealthProbe p : s.health()) {
                if (p.kind().equals("flux")) {
                    assertThat(docs.has(p.fluxKind(), p.namespace(), p.name())).as(s.id() + ": " + p).isTrue();
                    checked.add(s.id());
                }
            }
        }
        assertThat(checked).isNotEmpty();
    }

    /** The test's own reading of the rules in FluxDependencies' comment. */
    private static List<String> expectedDependsOn(ServiceDef s, ServiceSelection selection) {
        Set<String> refs = new TreeSet<>(CATALOG.dependencies(s.id(), selection.profile()));
        s.after().stream().filter(selection::isEnabled).forEach(refs::add);
        Set<String> out = new TreeSet<>();
        for (String ref : refs) {
            ServiceDef dep = CATALOG.service(ref).orElseThrow();
            while (dep.chart() == null) {
                dep = CATALOG.service(dep.partOf()).orElseThrow();
            }
            if (!ownObject(dep)) {
                continue;   // Flux's controllers, kube-vip
            }
            out.add(switch (dep.id()) {
                case "kyverno" -> "kyverno-policies";
                case "metallb" -> "metallb-config";
                default -> dep.id();
            });
        }
        out.remove(s.id());
        return List.copyOf(out);
    }

    private static boolean ownObject(ServiceDef s) {
        return s.chart() != null && !Set.of("flux-install", "static-pod").contains(s.chart().type());
    }
}
