package io.opencenter.installer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code catalog.yaml} and the spec's logical diagram from drifting apart: every namespace, service and
 * data flow the spec names must be in the catalog, and the profile differences must match its comparison table.
 */
class CatalogSpecDriftTest {
    private static SpecDiagram spec;
    private final Catalog catalog = Catalog.builtIn();

    @BeforeAll
    static void readSpec() throws Exception {
        Optional<Path> file = SpecDiagram.locate(Path.of(System.getProperty("user.dir")));
        if (file.isEmpty()) {
            String message = SpecDiagram.RELATIVE + " not found beside " + System.getProperty("user.dir")
                    + " or any parent directory";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: the drift test must run in CI)");
            }
            Assumptions.assumeTrue(false, message + "; drift test skipped");
        }
        spec = SpecDiagram.read(file.get());
        assertThat(spec.namespaces()).as("namespace rows parsed from the spec").hasSize(15);
        assertThat(spec.dataFlows()).as("data flows parsed from the spec").hasSize(11);
    }

    @Test
    void everyNamespaceOfTheTableRunsOnOpenStackWithTheSpecsPurpose() {
        for (SpecDiagram.NamespaceRow row : spec.namespaces()) {
            NamespaceDef ns = catalog.namespace(row.namespace())
                    .orElseThrow(() -> new AssertionError("namespace " + row.namespace() + " missing from catalog"));
            assertThat(ns.in(Profile.OPENSTACK)).as(ns.id() + " in openstack profile").isTrue();
            assertThat(ns.purpose()).as("purpose of " + ns.id()).isEqualTo(row.purpose());
        }
        assertThat(catalog.namespaces(Profile.OPENSTACK)).extracting(NamespaceDef::id)
                .containsExactlyElementsOf(spec.namespaces().stream().map(SpecDiagram.NamespaceRow::namespace).toList());
    }

    @Test
    void everyServiceOfTheTableIsACatalogServiceOfItsNamespace() {
        List<String> missing = new ArrayList<>();
        for (SpecDiagram.NamespaceRow row : spec.namespaces()) {
            List<ServiceDef> candidates = catalog.services().stream()
                    .filter(s -> s.namespace().equals(row.namespace())).toList();
            missing.addAll(unmatched(row.namespace(), row.services(), candidates));
        }
        assertThat(missing).as("services named in the spec's table but not in the catalog").isEmpty();
    }

    @Test
    void tableNamesMatchOnlyTheirOwnService() {
        // guards the matcher itself: a name must not be satisfied by a service of another namespace
        List<ServiceDef> veleroOnly = catalog.services().stream().filter(s -> s.namespace().equals("velero")).toList();
        assertThat(unmatched("velero", List.of("Velero server", "Harbor Core"), veleroOnly))
                .containsExactly("velero: Harbor Core");
        assertThat(unmatched("headlamp", List.of("Headlamp UI", "Headlamp UI"),
                catalog.services().stream().filter(s -> s.id().equals("headlamp")).toList()))
                .as("one service cannot stand for two names").hasSize(1);
    }

    @Test
    void everyDataFlowOfTheSummaryIsInTheCatalogWithTheSpecsDescription() {
        List<DataFlow> openstack = catalog.dataFlows(Profile.OPENSTACK);
        assertThat(openstack).extracting(DataFlow::name)
                .containsExactlyElementsOf(spec.dataFlows().stream().map(SpecDiagram.FlowLine::name).toList());
        for (SpecDiagram.FlowLine line : spec.dataFlows()) {
            DataFlow flow = openstack.stream().filter(f -> f.name().equals(line.name())).findFirst().orElseThrow();
            assertThat(flow.description()).as("description of " + line.name()).isEqualTo(line.description());
        }
    }

    @Test
    void storageRowsOfTheComparisonTableMatchTheProfiles() {
        SpecDiagram.ComparisonRow namespace = spec.row("Storage namespace");
        assertThat(catalog.storageNamespace(Profile.GENERIC)).isEqualTo(namespace.generic()).isEqualTo("longhorn-system");
        assertThat(catalog.storageNamespace(Profile.OPENSTACK)).isEqualTo(namespace.openstack()).isEqualTo("cinder-csi");

        SpecDiagram.ComparisonRow provisioner = spec.row("Volume provisioner");
        assertThat(catalog.storageProvisioner(Profile.GENERIC)).isEqualTo(provisioner.generic())
                .isEqualTo("driver.longhorn.io");
        assertThat(catalog.storageProvisioner(Profile.OPENSTACK)).isEqualTo(provisioner.openstack())
                .isEqualTo("cinder.csi.openstack.org");

        SpecDiagram.ComparisonRow backend = spec.row("Storage backend");
        assertThat(catalog.profile(Profile.GENERIC).orElseThrow().storageBackend()).isEqualTo(backend.generic());
        assertThat(catalog.profile(Profile.OPENSTACK).orElseThrow().storageBackend()).isEqualTo(backend.openstack());
    }

    @Test
    void cloudControllerRowOfTheComparisonTableMatchesTheProfiles() {
        SpecDiagram.ComparisonRow ccm = spec.row("Cloud Controller Manager");
        assertThat(ccm.generic()).isEqualTo("None");
        assertThat(ccm.openstack()).startsWith("OpenStack CCM");
        assertThat(catalog.services(Profile.GENERIC)).extracting(ServiceDef::displayName)
                .noneMatch(name -> name.contains("Cloud Controller Manager"));
        assertThat(catalog.services(Profile.OPENSTACK)).extracting(ServiceDef::displayName)
                .contains("OpenStack Cloud Controller Manager");
    }

    /**
     * Table names the catalog lacks, as "namespace: name". A name matches a service whose display name equals it,
     * or contains it as whole words ("Registry" → "Harbor Registry"), ignoring case, punctuation and plural s;
     * each service stands for one name at most. Exact matches are claimed first.
     */
    static List<String> unmatched(String namespace, List<String> names, List<ServiceDef> candidates) {
        Set<String> used = new HashSet<>();
        List<String> open = new ArrayList<>();
        for (String name : names) {
            candidates.stream().filter(s -> !used.contains(s.id()) && normal(s.displayName()).equals(normal(name)))
                    .findFirst().ifPresentOrElse(s -> used.add(s.id()), () -> open.add(name));
        }
        List<String> missing = new ArrayList<>();
        for (String name : open) {
            String words = " " + normal(name) + " ";
            candidates.stream().filter(s -> !used.contains(s.id()) && (" " + normal(s.displayName()) + " ").contains(words))
                    .findFirst().ifPresentOrElse(s -> used.add(s.id()), () -> missing.add(namespace + ": " + name));
        }
        return missing;
    }

    /** "Notification controllers" and "Notification controller" both become "notification controller". */
    static String normal(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.joining(" "));
    }
}
