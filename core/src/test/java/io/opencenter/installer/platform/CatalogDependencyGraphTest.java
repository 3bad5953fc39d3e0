package io.opencenter.installer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dependencies form a DAG per profile, and rollout order honours them. */
class CatalogDependencyGraphTest {
    private final Catalog catalog = Catalog.builtIn();

    @ParameterizedTest
    @EnumSource(Profile.class)
    void dependenciesAreAcyclicAndResolvableInEachProfile(Profile profile) {
        Map<String, List<String>> edges = new HashMap<>();
        for (ServiceDef s : catalog.services(profile)) {
            List<String> targets = new ArrayList<>(catalog.dependencies(s.id(), profile));
            s.after().stream().filter(a -> catalog.service(a).map(o -> o.in(profile)).orElse(false)).forEach(targets::add);
            assertThat(catalog.dependencies(s.id(), profile)).as(s.id() + " resolves every dependsOn entry")
                    .hasSizeGreaterThanOrEqualTo(s.dependsOn().size());
            edges.put(s.id(), targets);
        }
        edges.values().forEach(targets -> assertThat(edges.keySet()).containsAll(targets));
        // independent depth-first search: grey = on the current path
        Set<String> black = new HashSet<>();
        for (String start : edges.keySet()) {
            assertThat(cycleFrom(start, edges, new ArrayList<>(), black)).as("cycle from " + start).isEmpty();
        }
    }

    private static List<String> cycleFrom(String node, Map<String, List<String>> edges, List<String> grey, Set<String> black) {
        if (black.contains(node)) {
            return List.of();
        }
        if (grey.contains(node)) {
            List<String> cycle = new ArrayList<>(grey.subList(grey.indexOf(node), grey.size()));
            cycle.add(node);
            return cycle;
        }
        grey.add(node);
        for (String next : edges.get(node)) {
            List<String> cycle = cycleFrom(next, edges, grey, black);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        grey.remove(grey.size() - 1);
        black.add(node);
        return List.of();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void rolloutOrderPutsEveryServiceAfterItsDependencies(Profile profile) {
        ServiceSelection all = catalog.select(profile, List.of());
        List<String> order = catalog.rolloutOrder(all).stream().map(ServiceDef::id).toList();

        assertThat(order).containsExactlyInAnyOrderElementsOf(all.enabled().stream().map(ServiceDef::id).toList());
        assertThat(order.get(0)).isEqualTo("kube-vip");
        for (String id : order) {
            for (String dep : catalog.dependencies(id, profile)) {
                assertThat(order.indexOf(dep)).as(dep + " before " + id).isLessThan(order.indexOf(id));
            }
        }
    }

    @Test
    void rolloutWavesOnlyNeedEarlierWaves() {
        List<List<ServiceDef>> waves = catalog.rolloutWaves(catalog.select(Profile.GENERIC, List.of("velero")));
        Set<String> done = new HashSet<>();
        for (List<ServiceDef> wave : waves) {
            for (ServiceDef s : wave) {
                assertThat(done).as(s.id()).containsAll(catalog.dependencies(s.id(), Profile.GENERIC));
            }
            wave.forEach(s -> done.add(s.id()));
        }
        assertThat(done).doesNotContain("velero", "cinder-csi").contains("longhorn");
    }

    @Test
    void storageBackendComesBeforeEveryVolumeUserInTheGenericProfile() {
        List<String> order = catalog.rolloutOrder(catalog.select(Profile.GENERIC, List.of()))
                .stream().map(ServiceDef::id).toList();
        for (String user : List.of("prometheus", "loki", "tempo", "kafka", "keycloak-postgres", "harbor", "velero")) {
            assertThat(order.indexOf("longhorn")).as("longhorn before " + user).isLessThan(order.indexOf(user));
        }
    }

    @Test
    void aCycleIsReportedWithItsPath() {
        Catalog cyclic = new Catalog(
                List.of(new NamespaceDef("ns", "test", List.of(Profile.values()))),
                List.of(service("a", "c"), service("b", "a"), service("c", "b"), service("d")),
                List.of(), List.of());
        ServiceSelection all = new ServiceSelection(Profile.OPENSTACK, cyclic.services(), Set.of(), Map.of());

        assertThatThrownBy(() -> cyclic.rolloutOrder(all))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dependency cycle")
                .hasMessageContaining("a -> c -> b -> a");
    }

    static ServiceDef service(String id, String... dependsOn) {
        return new ServiceDef(id, id, "ns", "test", false, List.of(Profile.values()),
                new ServiceDef.Chart("kustomize", id, null, null, null), List.of(dependsOn),
                List.of(new ServiceDef.HealthProbe("flux", null, "Kustomization", "flux-system", id, null, null)),
                List.of(), List.of());
    }
}
