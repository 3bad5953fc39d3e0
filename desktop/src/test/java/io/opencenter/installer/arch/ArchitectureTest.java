package io.opencenter.installer.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.net.Proxy;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The arrows of ARCHITECTURE.md, enforced. Each allowed edge is a direct dependency; nothing else is. It runs in the
 * desktop module because only there are all four modules on the class path.
 */
class ArchitectureTest {
    private static final String ROOT = "io.opencenter.installer";

    /**
     * The model packages every package may use: the config, the catalog, the diagram model, the workspace, and the
     * one factory of HTTP clients ({@code net}: every package that talks to a server gets its client there, so the
     * test loopback rule covers them all).
     */
    private static final Set<String> MODEL = Set.of("spec", "platform", "topology", "workspace", "net");

    /** The faces: they reach the engine only through {@code install}. */
    private static final Set<String> FACES = Set.of("ui", "cli");

    /**
     * The one wiring root of each face: the only classes of a face that build the engine's parts and name the
     * sandbox. Everything else in a face receives what it needs from these.
     */
    private static final Set<String> WIRING = Set.of(ROOT + ".ui.InstallerApp", ROOT + ".cli.CliWiring");

    /** Packages below {@code install} whose plain data (records, enums, exceptions) install's API hands out. */
    private static final Set<String> ENGINE = Set.of("preflight", "provision", "openstack", "bootstrap", "rollout");

    /**
     * Data types below install that are neither records nor enums but still plain values the faces hold: the
     * password holder the Cloud page fills and wipes, the credential kinds it offers, and the cancel token a face
     * hands to an install.
     */
    private static final Set<String> VALUE_CLASSES = Set.of(ROOT + ".openstack.Secret", ROOT + ".openstack.CloudAuth",
            ROOT + ".provision.Cancellation");

    /**
     * Value classes every package may hold, wherever they live: the one holder of a password or token, which never
     * prints (gitops takes the Git access token in it; a second such class would be a second way to leak one).
     */
    private static final Set<String> SHARED_VALUES = Set.of(ROOT + ".openstack.Secret");

    /**
     * Each package and the packages it may use besides itself and {@link #MODEL}, with the reason. The faces may
     * also hold the records, enums and exceptions install's API returns ({@link #engineData()}), never call the
     * layers below it: no gateway, connector, planner, checker or simulated cloud outside a wiring root.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // the faces: install is the engine's one door; the support bundle reads only the workspace
            Map.entry("ui", Set.of("install", "support")),
            Map.entry("cli", Set.of("install", "support")),
            // the orchestrator: runs preflight and the phases, each phase in its package; it holds the cluster's age
            // key (secrets.AgeKeyStore) as it holds its PKI: made once per cluster, handed to gitops and Flux
            Map.entry("install", Set.of("preflight", "provision", "openstack", "bootstrap", "gitops", "secrets",
                    "rollout", "health", "bundle", "kube")),
            // preflight counts the plan it is given, and reads the cloud
            Map.entry("preflight", Set.of("provision", "openstack")),
            // provisioning drives the OpenStack port
            Map.entry("provision", Set.of("openstack")),
            // the simulated clouds implement the ports of openstack and install (the sandbox provider); the simulated
            // cluster finds its servers and roles by provision's naming rule (ResourceNames: the cluster tag, the
            // control-plane names), as destroy does; its Kubernetes serves the certificate the cluster's PKI issues
            // (bootstrap.pki, as kubeadm would on a node) and its simulator reaches it through kube's connector; its
            // simulated kustomize-controller decrypts the repository's SOPS files with secrets, as the real one does,
            // and it hands the install gitops' chart source its simulated Flux serves
            Map.entry("sandbox", Set.of("openstack", "install", "provision", "bootstrap", "kube", "secrets",
                    "gitops")),
            // the phases to come, each on the Kubernetes port
            Map.entry("bootstrap", Set.of("kube")),
            // the Flux repository seals with secrets, writes manifests as kube's records, and carries the cloud
            // provider's manifests of bootstrap.cloudprovider so Flux keeps what the bootstrap applied
            Map.entry("gitops", Set.of("secrets", "kube", "bootstrap")),
            // the rollout watches the services through health's probe evaluation and nudges Flux through the kube
            // port; it stops on the install's cancel token (provision.Cancellation, the one the faces hand out)
            Map.entry("rollout", Set.of("health", "kube", "provision")),
            // health judges the catalog's probes on objects read through the kube port
            Map.entry("health", Set.of("kube")),
            // leaves: adapters and self-contained services
            Map.entry("support", Set.of()),
            Map.entry("openstack", Set.of()),
            Map.entry("kube", Set.of()),
            Map.entry("secrets", Set.of()),
            Map.entry("bundle", Set.of()),
            Map.entry("topology", Set.of()),
            Map.entry("platform", Set.of()),
            Map.entry("workspace", Set.of()),
            Map.entry("net", Set.of()),
            Map.entry("spec", Set.of()));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the other modules' test jars are on this module's test class path too (fixtures, contract suites)
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".ui..").and().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("domain code must run headless in the CLI and in plain JUnit tests (only ui imports javafx)")
                .check(classes);
    }

    @Test
    void onlyKubeUsesTheKubernetesClient() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".kube..")
                .and().resideOutsideOfPackage(ROOT + ".sandbox.kube..")
                .should().dependOnClassesThat().resideInAPackage("io.fabric8..")
                .because("the kube port speaks in its own records, so the phases and the faces never depend on the "
                        + "client library, and the sandbox's simulated Kubernetes can stand behind the same port "
                        + "(sandbox.kube is that simulated API server and its controllers: it speaks fabric8 itself)")
                .check(classes);
    }

    @Test
    void onlyTheClientFactoryBuildsHttpClients() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".net..")
                .should().callMethod(HttpClient.class, "newBuilder")
                .orShould().callMethod(HttpClient.class, "newHttpClient")
                .orShould().callConstructor("okhttp3.OkHttpClient")
                .orShould().callConstructor("okhttp3.OkHttpClient$Builder")
                .orShould().callMethod(URL.class, "openConnection")
                .orShould().callMethod(URL.class, "openConnection", Proxy.class)
                .orShould().callMethod(URL.class, "openStream")
                .orShould().callConstructorWhere(target(owner(assignableTo(Socket.class))))
                .because("every HTTP client comes from net.HttpClients, which refuses destinations off loopback "
                        + "under test; a client built elsewhere could reach another address unnoticed")
                .check(classes);
    }

    @Test
    void fabric8GetsItsHttpClientFromTheFactory() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".kube.client.GuardedJdkHttpClientFactory")
                .should().callConstructor("io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory")
                .because("fabric8's JDK client is built through net.HttpClients by GuardedJdkHttpClientFactory")
                .check(classes);
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".kube.client.KubeConnector")
                .should().callConstructor("io.fabric8.kubernetes.client.KubernetesClientBuilder")
                .because("KubeConnector builds every Kubernetes client, with the guarded HTTP client factory named "
                        + "(without one, fabric8 would pick an unguarded factory by ServiceLoader)")
                .check(classes);
    }

    @Test
    void onlyTheWiringRootsKnowTheSandbox() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".sandbox..").and().resideOutsideOfPackage(ROOT)
                .and(notWiring())
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".sandbox..")
                .because("the sandbox implements ports; only each face's wiring root chooses it, so no other code "
                        + "can tell whether the cloud is simulated")
                .check(classes);
    }

    @Test
    void onlyWorkspaceFoldersCreatesFolders() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".workspace.Folders")
                .should().callMethod(Files.class, "createDirectories", Path.class,
                        FileAttribute[].class)
                .orShould().callMethod(Files.class, "createDirectory", Path.class,
                        FileAttribute[].class)
                .orShould().callMethod(Files.class, "createTempDirectory", Path.class,
                        String.class, FileAttribute[].class)
                .orShould().callMethod(File.class, "mkdirs")
                .orShould().callMethod(File.class, "mkdir")
                .because("every folder the installer creates is 0700 whatever the umask; workspace.Folders is the "
                        + "one place that makes sure of it")
                .check(classes);
    }

    @TestFactory
    Stream<DynamicTest> eachPackageUsesOnlyItsArrows() {
        return ALLOWED.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            List<String> allowed = allowedPatterns(e.getKey(), e.getValue());
            DescribedPredicate<JavaClass> ok = outsideProjectOr(allowed)
                    .or(DescribedPredicate.describe("a shared value class " + SHARED_VALUES,
                            c -> SHARED_VALUES.contains(c.getName())));
            if (FACES.contains(e.getKey())) {
                ok = ok.or(engineData());
            }
            classes().that().resideInAPackage(ROOT + "." + e.getKey() + "..").and(notWiring())
                    .should().onlyDependOnClassesThat(ok)
                    .because(e.getKey() + " may only use " + allowed + (FACES.contains(e.getKey())
                            ? " and the data install hands out" : "") + " (arrows in ARCHITECTURE.md)")
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

    private static List<String> allowedPatterns(String pkg, Set<String> arrows) {
        List<String> allowed = new ArrayList<>();
        allowed.add(ROOT + "." + pkg + "..");
        MODEL.forEach(s -> allowed.add(ROOT + "." + s + ".."));
        arrows.forEach(a -> allowed.add(ROOT + "." + a + ".."));
        return allowed;
    }

    private static DescribedPredicate<JavaClass> outsideProjectOr(List<String> allowedPatterns) {
        String[] patterns = allowedPatterns.toArray(String[]::new);
        return JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..")
                .or(JavaClass.Predicates.resideInAnyPackage(patterns))
                .as("classes outside the project or in " + allowedPatterns);
    }

    /** Records, enums and exceptions of the packages below install, and the few value classes named above. */
    private static DescribedPredicate<JavaClass> engineData() {
        String[] engine = ENGINE.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
        return DescribedPredicate.describe("records, enums and exceptions of " + ENGINE,
                c -> c.getPackageName().startsWith(ROOT) && JavaClass.Predicates.resideInAnyPackage(engine).test(c)
                        && (c.isRecord() || c.isEnum() || c.isAssignableTo(Throwable.class)
                        || VALUE_CLASSES.contains(c.getName())
                        || c.getEnclosingClass().map(o -> VALUE_CLASSES.contains(o.getName())).orElse(false)));
    }

    private static DescribedPredicate<JavaClass> notWiring() {
        return DescribedPredicate.describe("not a wiring root", c -> WIRING.stream()
                .noneMatch(w -> c.getName().equals(w) || c.getName().startsWith(w + "$")));
    }
}
