package io.opencenter.installer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The package arrows of DESIGN.md, enforced. Each allowed edge is a direct dependency; nothing else is. */
class ArchitectureTest {
    private static final String ROOT = "io.opencenter.installer";

    /** Packages every package may use: the config model, the catalog and the workspace location. */
    private static final Set<String> SHARED = Set.of("spec", "platform", "workspace");

    /**
     * DESIGN.md's arrows, plus two kinds of edges the faces need before {@code install} exists: the CLI draws
     * diagrams itself, and both faces pick the cloud (sandbox or a real one) and test it (Cloud page,
     * {@code cloud test}, {@code preflight}) through the {@code openstack} port.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("ui", Set.of("install", "provision", "topology", "openstack", "sandbox")),
            Map.entry("cli", Set.of("install", "provision", "topology", "openstack", "sandbox")),
            Map.entry("install", Set.of("provision", "openstack", "bootstrap", "gitops", "rollout", "bundle", "topology")),
            Map.entry("provision", Set.of("openstack")),
            Map.entry("gitops", Set.of("secrets")),
            Map.entry("rollout", Set.of("health")),
            Map.entry("sandbox", Set.of("openstack")),
            Map.entry("topology", Set.of()),
            Map.entry("openstack", Set.of()),
            Map.entry("bootstrap", Set.of()),
            Map.entry("secrets", Set.of()),
            Map.entry("health", Set.of()),
            Map.entry("bundle", Set.of()),
            Map.entry("platform", Set.of()),
            Map.entry("workspace", Set.of()),
            Map.entry("spec", Set.of()));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("domain code must run headless in the CLI and in plain JUnit tests (DESIGN.md: only ui imports javafx)")
                .check(classes);
    }

    @Test
    void noDomainPackageKnowsTheSandbox() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".sandbox..", ROOT + ".ui..", ROOT + ".cli..")
                .and().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".sandbox..")
                .because("the sandbox implements ports; domain code must not know whether the cloud is simulated")
                .allowEmptyShould(true)
                .check(classes);
    }

    @TestFactory
    Stream<DynamicTest> eachPackageUsesOnlyItsArrows() {
        return ALLOWED.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String pkg = ROOT + "." + e.getKey();
            List<String> allowed = new ArrayList<>();
            allowed.add(pkg + "..");
            SHARED.forEach(s -> allowed.add(ROOT + "." + s + ".."));
            e.getValue().forEach(a -> allowed.add(ROOT + "." + a + ".."));
            classes().that().resideInAPackage(pkg + "..")
                    .should().onlyDependOnClassesThat(outsideProjectOr(allowed))
                    .because(e.getKey() + " may only use " + allowed + " (arrows in DESIGN.md)")
                    .allowEmptyShould(true)
                    .check(classes);
        }));
    }

    @Test
    void everyProjectPackageIsGovernedByAnArrow() {
        Set<String> known = ALLOWED.keySet();
        List<String> unknown = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .filter(top -> !known.contains(top))
                .distinct().toList();
        org.assertj.core.api.Assertions.assertThat(unknown)
                .as("new top-level packages need an entry (and a reason) in ALLOWED")
                .isEmpty();
    }

    private static DescribedPredicate<JavaClass> outsideProjectOr(List<String> allowedPatterns) {
        String[] patterns = allowedPatterns.toArray(String[]::new);
        return JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..")
                .or(JavaClass.Predicates.resideInAnyPackage(patterns))
                .as("classes outside the project or in " + allowedPatterns);
    }
}
