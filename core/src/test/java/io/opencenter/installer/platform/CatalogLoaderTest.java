package io.opencenter.installer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken catalog must stop the installer with a message that says what is wrong and where. */
class CatalogLoaderTest {

    /** The smallest catalog the loader accepts: both profiles, one namespace, storage and a user of it. */
    private static final String VALID = """
            profiles:
              - {id: openstack, displayName: OpenStack, description: d, storageBackend: Cinder, storageProvisioner: cinder.csi.openstack.org}
              - {id: generic, displayName: Generic, description: d, storageBackend: Longhorn, storageProvisioner: driver.longhorn.io}
            namespaces:
              - {id: apps, purpose: Things}
            services:
              - id: cinder
                displayName: Cinder
                namespace: apps
                purpose: p
                required: true
                profiles: [openstack]
                provides: [storage]
                chart: {type: helm, name: cinder, repository: https://example.invalid}
                health: [{kind: flux, fluxKind: HelmRelease, namespace: apps, name: cinder}]
              - id: longhorn
                displayName: Longhorn
                namespace: apps
                purpose: p
                required: true
                profiles: [generic]
                provides: [storage]
                chart: {type: helm, name: longhorn, repository: https://example.invalid}
                health: [{kind: flux, fluxKind: HelmRelease, namespace: apps, name: longhorn}]
              - id: db
                displayName: Database
                namespace: apps
                purpose: p
                chart: {type: kustomize, name: db}
                dependsOn: [storage]
                storage: [{purpose: data, count: 2, sizeGb: 5}]
                health: [{kind: workload, workloadKind: StatefulSet, namespace: apps, selector: app=db}]
            actors:
              - {id: user, displayName: User}
            dataFlows:
              - id: use
                name: Use path
                description: user → db
                steps: [{from: user, to: db, label: query}]
            """;

    @Test
    void loadsAValidCatalogAndFillsInDefaults() {
        Catalog c = load(VALID);

        assertThat(c.services()).extracting(ServiceDef::id).containsExactly("cinder", "longhorn", "db");
        ServiceDef db = c.service("db").orElseThrow();
        assertThat(db.profiles()).containsExactly(Profile.OPENSTACK, Profile.GENERIC);   // from its namespace
        assertThat(db.required()).isFalse();
        assertThat(db.storageGb()).isEqualTo(10);
        assertThat(c.dependencies("db", Profile.OPENSTACK)).containsExactly("cinder");
        assertThat(c.dependencies("db", Profile.GENERIC)).containsExactly("longhorn");
        assertThat(c.storageProvisioner(Profile.GENERIC)).isEqualTo("driver.longhorn.io");
        assertThat(c.dataFlows().get(0).profiles()).containsExactly(Profile.values());
    }

    @Test
    void unknownDependencyIsNamed() {
        assertProblem(VALID.replace("dependsOn: [storage]", "dependsOn: [storage, cache]"),
                "service db: dependsOn unknown service or capability 'cache'");
    }

    @Test
    void dependencyMissingInOneProfileIsNamed() {
        assertProblem(VALID.replace("profiles: [generic]\n    provides: [storage]", "profiles: [generic]"),
                "service db: dependsOn 'storage', which nothing provides in profile generic");
    }

    @Test
    void unknownNamespaceIsNamed() {
        assertProblem(VALID.replace("namespace: apps\n    purpose: p\n    chart: {type: kustomize",
                "namespace: aps\n    purpose: p\n    chart: {type: kustomize"), "service db: unknown namespace 'aps'");
    }

    @Test
    void duplicateIdIsNamed() {
        assertProblem(VALID.replace("- id: longhorn\n", "- id: cinder\n"), "duplicate service id 'cinder'");
    }

    @Test
    void dependencyCycleIsNamed() {
        String cyclic = VALID.replace("""
                    chart: {type: helm, name: cinder, repository: https://example.invalid}
                """, """
                    chart: {type: helm, name: cinder, repository: https://example.invalid}
                    dependsOn: [db]
                """);
        assertProblem(cyclic, "dependency cycle in profile openstack");
    }

    @Test
    void unknownDataFlowEndpointIsNamed() {
        assertProblem(VALID.replace("to: db, label", "to: dbb, label"), "data flow use: unknown service or actor 'dbb'");
    }

    @Test
    void badProbeIsNamed() {
        assertProblem(VALID.replace("workloadKind: StatefulSet", "workloadKind: CronJob"),
                "service db: workload probe: workloadKind must be one of");
    }

    @Test
    void unknownProfileIsNamed() {
        assertProblem(VALID.replace("profiles: [generic]", "profiles: [baremetal]"),
                "service longhorn: unknown profile 'baremetal'");
    }

    @Test
    void misspeltKeyFailsWithItsPath() {
        assertThatThrownBy(() -> load(VALID.replace("dependsOn: [storage]", "dependOn: [storage]")))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("at services[2].dependOn")
                .hasMessageContaining("dependOn");
    }

    @Test
    void yamlSyntaxErrorFailsWithItsLine() {
        assertThatThrownBy(() -> load("namespaces:\n  - id: apps\n    purpose: \"unterminated\n"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("test.yaml: broken platform catalog").hasMessageContaining("line 3");
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> load("")).isInstanceOf(CatalogException.class).hasMessageContaining("empty");
    }

    @Test
    void entriesWithMissingFieldsAreProblemsNotCrashes() {
        String holes = VALID.replace("services:\n", "services:\n  - {displayName: Nameless}\n  - ~\n")
                .replace("dependsOn: [storage]", "dependsOn: [storage, ~]");
        assertThatThrownBy(() -> load(holes))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("service id 'null'"))
                        .anySatisfy(p -> assertThat(p).contains("unknown namespace 'null'"))
                        .anySatisfy(p -> assertThat(p).contains("an empty list entry")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String twoProblems = VALID.replace("dependsOn: [storage]", "dependsOn: [storage, cache]")
                .replace("to: db, label", "to: dbb, label");
        assertThatThrownBy(() -> load(twoProblems))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("catalog.yaml"), VALID);
        assertThat(CatalogLoader.load(file).services()).hasSize(3);
    }

    @Test
    void builtInCatalogIsReadOnce() {
        assertThat(Catalog.builtIn()).isSameAs(Catalog.builtIn());
    }

    private static Catalog load(String yaml) {
        return CatalogLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static void assertProblem(String yaml, String expected) {
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains(expected)))
                .hasMessageContaining("test.yaml: broken platform catalog");
    }
}
