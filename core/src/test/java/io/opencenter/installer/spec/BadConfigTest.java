package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small mistake per case, each made in an otherwise valid config. A case states every error path it must
 * produce (no more, no less: a mistake should not fan out into unrelated findings) and, for problems found
 * while reading the YAML, that the message carries line and column.
 */
public class BadConfigTest {
    private static final String AT_LINE = "line \\d+, column \\d+: .*";

    /** A bad config, the exact error paths it must yield, and text one of its hints must contain. */
    public record Bad(String name, String yaml, Set<String> paths, boolean located, String hintContains) {
        @Override
        public String toString() {
            return name;
        }

        Bad hint(String text) {
            return new Bad(name, yaml, paths, located, text);
        }
    }

    /** A mistake the validator finds. */
    static Bad rule(String name, YamlEdit edit, String... paths) {
        return new Bad(name, edit.yaml(), new TreeSet<>(List.of(paths)), false, null);
    }

    /** A mistake found while reading the YAML: its finding carries line and column. */
    static Bad read(String name, YamlEdit edit, String... paths) {
        return new Bad(name, edit.yaml(), new TreeSet<>(List.of(paths)), true, null);
    }

    static YamlEdit os() {
        return YamlEdit.openstack();
    }

    public static Stream<Bad> cases() {
        List<Bad> c = new ArrayList<>();
        // --- reading: syntax, types, unknown keys, structure
        c.add(read("unclosed flow list", os().set("    dnsNameservers: [1.1.1.1, 9.9.9.9]", "    dnsNameservers: [1.1.1.1, 9.9.9.9"),
                "spec.network.dnsNameservers"));
        c.add(read("colon inside a value", os().set("    apiVip: 10.20.0.10", "    apiVip: 10.20.0.10: 443"),
                "spec.kubernetes.apiVip"));
        c.add(read("key indented one space short", os().set("    externalNetwork: public", "   externalNetwork: public"),
                "spec.network"));
        c.add(read("tab indentation", os().set("    image: ubuntu-24.04", "\timage: ubuntu-24.04"), "")
                .hint("tabs"));
        c.add(read("count is a word", os().set("    count: 3", "    count: three"), "spec.controlPlane.count")
                .hint("count: 3"));
        c.add(read("worker count has decimals", os().set("      count: 3", "      count: 2.5"), "spec.workerPools[0].count"));
        c.add(read("sandbox is not a boolean", os().set("    sandbox: false", "    sandbox: maybe"), "spec.cloud.sandbox"));
        c.add(read("workerPools is a scalar", os().block("  workerPools:", "  workerPools: default"), "spec.workerPools"));
        c.add(read("dnsNameservers is a scalar", os().set("    dnsNameservers: [1.1.1.1, 9.9.9.9]", "    dnsNameservers: 1.1.1.1"),
                "spec.network.dnsNameservers"));
        c.add(read("metadata is a scalar", os().block("metadata:", "metadata: prod-east"), "metadata"));
        c.add(read("disabled is a mapping", os().set("    disabled: [velero]", "    disabled: {velero: true}"),
                "spec.platform.disabled"));
        c.add(read("parallelism is a word", os().set("    parallelism: 4", "    parallelism: four"),
                "spec.provisioning.parallelism"));
        c.add(read("flavor is a list", os().set("    flavor: m1.large", "    flavor: [m1.large]"), "spec.controlPlane.flavor"));
        c.add(read("unknown key with a close known key", os().set("    nodeCidr: 10.20.0.0/24", "    nodeCIDR: 10.20.0.0/24"),
                "spec.network.nodeCIDR", "spec.network.nodeCidr").hint("did you mean `nodeCidr`?"));
        c.add(read("top-level key in the wrong case", os().set("apiVersion: installer.opencenter.io/v1alpha1",
                "apiversion: installer.opencenter.io/v1alpha1"), "apiversion", "apiVersion").hint("did you mean `apiVersion`?"));
        c.add(read("British spelling in a worker pool", os().set("      flavor: m1.xlarge", "      flavour: m1.xlarge"),
                "spec.workerPools[0].flavour", "spec.workerPools[0].flavor").hint("did you mean `flavor`?"));
        c.add(read("unknown key without a close match", os().insertAfter("spec:", "  storage: ceph"), "spec.storage")
                .hint("keys allowed here: cloud, kubernetes"));
        c.add(read("key given twice", os().insertAfter("    count: 3", "    count: 5"), "spec.controlPlane.count"));
        c.add(read("file is a list", YamlEdit.of("- apiVersion: installer.opencenter.io/v1alpha1\n- kind: Cluster\n"), ""));
        c.add(read("file is a scalar", YamlEdit.of("prod-east\n"), ""));
        c.add(read("two documents", os().insertAfter("    registry: registry.internal:5000", "---", "kind: Cluster"), ""));
        c.add(rule("empty file", YamlEdit.of("# nothing here yet\n"), ""));

        // --- header
        c.add(rule("wrong apiVersion", os().set("apiVersion: installer.opencenter.io/v1alpha1",
                "apiVersion: installer.opencenter.io/v1"), "apiVersion"));
        c.add(rule("wrong kind", os().set("kind: Cluster", "kind: Clusters"), "kind"));
        c.add(rule("name with upper case and underscore", os().set("  name: prod-east", "  name: Prod_East"), "metadata.name")
                .hint("prod-east"));
        c.add(rule("name longer than 40", os().set("  name: prod-east", "  name: " + "a".repeat(41)), "metadata.name"));
        c.add(rule("name empty", os().set("  name: prod-east", "  name: \"\""), "metadata.name"));
        c.add(rule("spec missing", YamlEdit.of("apiVersion: installer.opencenter.io/v1alpha1\nkind: Cluster\nmetadata:\n  name: x\n"),
                "spec"));

        // --- cloud
        c.add(rule("cloud name missing without sandbox", os().drop("    name: mycloud"), "spec.cloud.name"));
        c.add(rule("cloud block missing", os().block("  cloud:"), "spec.cloud"));

        // --- CIDRs
        c.add(rule("podCidr without prefix", os().set("    podCidr: 10.244.0.0/16", "    podCidr: 10.244.0.0"),
                "spec.kubernetes.podCidr"));
        c.add(rule("podCidr with host bits", os().set("    podCidr: 10.244.0.0/16", "    podCidr: 10.244.1.0/16"),
                "spec.kubernetes.podCidr").hint("10.244.0.0/16"));
        c.add(rule("serviceCidr is IPv6", os().set("    serviceCidr: 10.96.0.0/12", "    serviceCidr: fd00::/108"),
                "spec.kubernetes.serviceCidr"));
        c.add(rule("nodeCidr octet above 255", os().set("    nodeCidr: 10.20.0.0/24", "    nodeCidr: 10.20.300.0/24"),
                "spec.network.nodeCidr"));
        c.add(rule("nodeCidr prefix too long", os().set("    nodeCidr: 10.20.0.0/24", "    nodeCidr: 10.20.0.0/29"),
                "spec.network.nodeCidr"));
        c.add(rule("nodeCidr prefix too short", os().set("    nodeCidr: 10.20.0.0/24", "    nodeCidr: 10.20.0.0/15"),
                "spec.network.nodeCidr"));
        c.add(rule("podCidr overlaps nodeCidr", os().set("    podCidr: 10.244.0.0/16", "    podCidr: 10.20.0.0/16"),
                "spec.kubernetes.podCidr"));
        c.add(rule("podCidr overlaps serviceCidr", os().set("    podCidr: 10.244.0.0/16", "    podCidr: 10.96.0.0/16"),
                "spec.kubernetes.podCidr"));
        c.add(rule("serviceCidr overlaps nodeCidr", os().set("    serviceCidr: 10.96.0.0/12", "    serviceCidr: 10.16.0.0/12"),
                "spec.kubernetes.serviceCidr"));
        c.add(rule("podCidr missing", os().drop("    podCidr: 10.244.0.0/16"), "spec.kubernetes.podCidr"));
        c.add(rule("node network too small for the nodes", os()
                        .set("    nodeCidr: 10.20.0.0/24", "    nodeCidr: 10.20.0.0/28")
                        .set("    metallbPool: 10.20.0.200-10.20.0.220", "    metallbPool: 10.20.0.12-10.20.0.14")
                        .set("      count: 3", "      count: 10"),
                "spec.network.nodeCidr"));

        // --- API VIP
        c.add(rule("apiVip outside nodeCidr", os().set("    apiVip: 10.20.0.10", "    apiVip: 10.30.0.5"),
                "spec.kubernetes.apiVip").hint("10.20.0.10"));
        c.add(rule("apiVip is the network address", os().set("    apiVip: 10.20.0.10", "    apiVip: 10.20.0.0"),
                "spec.kubernetes.apiVip"));
        c.add(rule("apiVip is the broadcast address", os().set("    apiVip: 10.20.0.10", "    apiVip: 10.20.0.255"),
                "spec.kubernetes.apiVip"));
        c.add(rule("apiVip is the gateway", os().set("    apiVip: 10.20.0.10", "    apiVip: 10.20.0.1"),
                "spec.kubernetes.apiVip"));
        c.add(rule("apiVip inside metallbPool", os().set("    apiVip: 10.20.0.10", "    apiVip: 10.20.0.205"),
                "spec.kubernetes.apiVip"));
        c.add(rule("apiVip not an address", os().set("    apiVip: 10.20.0.10", "    apiVip: 10.20.0.x"),
                "spec.kubernetes.apiVip"));
        c.add(rule("apiVip missing", os().drop("    apiVip: 10.20.0.10"), "spec.kubernetes.apiVip"));

        // --- MetalLB pool, DNS, external network
        c.add(rule("metallbPool outside nodeCidr", os().set("    metallbPool: 10.20.0.200-10.20.0.220",
                "    metallbPool: 10.30.0.200-10.30.0.220"), "spec.network.metallbPool"));
        c.add(rule("metallbPool start after end", os().set("    metallbPool: 10.20.0.200-10.20.0.220",
                "    metallbPool: 10.20.0.220-10.20.0.200"), "spec.network.metallbPool"));
        c.add(rule("metallbPool contains the gateway", os().set("    metallbPool: 10.20.0.200-10.20.0.220",
                "    metallbPool: 10.20.0.1-10.20.0.5"), "spec.network.metallbPool"));
        c.add(rule("metallbPool contains the broadcast address", os().set("    metallbPool: 10.20.0.200-10.20.0.220",
                "    metallbPool: 10.20.0.250-10.20.0.255"), "spec.network.metallbPool"));
        c.add(rule("metallbPool CIDR with host bits", os().set("    metallbPool: 10.20.0.200-10.20.0.220",
                "    metallbPool: 10.20.0.201/28"), "spec.network.metallbPool"));
        c.add(rule("metallbPool is neither range nor CIDR", os().set("    metallbPool: 10.20.0.200-10.20.0.220",
                "    metallbPool: lots"), "spec.network.metallbPool"));
        c.add(rule("DNS server with three octets", os().set("    dnsNameservers: [1.1.1.1, 9.9.9.9]",
                "    dnsNameservers: [1.1.1.1, 9.9.9]"), "spec.network.dnsNameservers[1]"));
        c.add(rule("externalNetwork missing", os().drop("    externalNetwork: public"), "spec.network.externalNetwork"));

        // --- nodes
        c.add(rule("control plane of 2", os().set("    count: 3", "    count: 2"), "spec.controlPlane.count"));
        c.add(rule("no schedulable node", os().set("    count: 3", "    count: 0").set("      count: 3", "      count: 0"),
                "spec.controlPlane.count", "spec.workerPools"));
        c.add(rule("worker count above 100", os().set("      count: 3", "      count: 101"), "spec.workerPools[0].count"));
        c.add(rule("worker count negative", os().set("      count: 3", "      count: -1"), "spec.workerPools[0].count"));
        c.add(rule("pool name not DNS-1123", os().set("    - name: default", "    - name: Default_Pool"),
                "spec.workerPools[0].name"));
        c.add(rule("pool named like the control plane", os().set("    - name: default", "    - name: control-plane"),
                "spec.workerPools[0].name"));
        c.add(rule("pool name with a '-' (ambiguous across clusters)", os().set("    - name: default", "    - name: x-default"),
                "spec.workerPools[0].name").hint("demo-x-default-1"));
        c.add(rule("pool plane in a cluster named *-control", os().set("  name: prod-east", "  name: prod-control")
                        .set("    - name: default", "    - name: plane"),
                "spec.workerPools[0].name").hint("control-plane nodes of cluster prod"));
        c.add(rule("pool names not unique", os().insertAfter("      volumeSizeGb: 100", "    - name: default", "      count: 1",
                "      flavor: m1.large", "      image: ubuntu-24.04"), "spec.workerPools[1].name"));
        c.add(rule("control-plane volume too small", os().set("    volumeSizeGb: 50", "    volumeSizeGb: 5"),
                "spec.controlPlane.volumeSizeGb"));
        c.add(rule("worker volume too large", os().set("      volumeSizeGb: 100", "      volumeSizeGb: 20000"),
                "spec.workerPools[0].volumeSizeGb"));
        c.add(rule("control-plane flavor missing", os().drop("    flavor: m1.large"), "spec.controlPlane.flavor"));
        c.add(rule("unknown server group policy", os().set("    serverGroupPolicy: anti-affinity",
                "    serverGroupPolicy: spread"), "spec.controlPlane.serverGroupPolicy").hint("soft-anti-affinity"));
        c.add(rule("server group policy with underscores", os().set("    serverGroupPolicy: anti-affinity",
                "    serverGroupPolicy: soft_anti_affinity"), "spec.controlPlane.serverGroupPolicy")
                .hint("did you mean soft-anti-affinity?"));
        c.add(rule("affinity for the control plane", os().set("    serverGroupPolicy: anti-affinity",
                "    serverGroupPolicy: affinity"), "spec.controlPlane.serverGroupPolicy").hint("anti-affinity or"));
        c.add(read("server group policy is a list", os().set("    serverGroupPolicy: anti-affinity",
                "    serverGroupPolicy: [anti-affinity]"), "spec.controlPlane.serverGroupPolicy"));
        c.add(rule("worker image missing", os().drop("      image: ubuntu-24.04"), "spec.workerPools[0].image"));
        c.add(rule("control plane missing", os().block("  controlPlane:"), "spec.controlPlane"));
        c.add(rule("empty worker pool entry", os().insertAfter("      volumeSizeGb: 100", "    -"), "spec.workerPools[1]"));
        c.add(rule("empty DNS entry", os().set("    dnsNameservers: [1.1.1.1, 9.9.9.9]", "    dnsNameservers: [1.1.1.1, \"\"]"),
                "spec.network.dnsNameservers[1]"));
        c.add(rule("Kubernetes version missing", os().drop("    version: \"1.32.4\""), "spec.kubernetes.version"));

        // --- platform
        c.add(rule("unsupported Kubernetes version", os().set("    version: \"1.32.4\"", "    version: \"1.29.0\""),
                "spec.kubernetes.version"));
        c.add(rule("unquoted minor version", os().set("    version: \"1.32.4\"", "    version: 1.33"),
                "spec.kubernetes.version").hint("did you mean 1.33.5?"));
        c.add(rule("unknown profile", os().set("    profile: openstack", "    profile: aws"), "spec.platform.profile"));
        c.add(rule("disabled service not in catalog", os().set("    disabled: [velero]", "    disabled: [harbor, veleroo]"),
                "spec.platform.disabled[1]").hint("did you mean velero?"));
        c.add(rule("required service disabled", os().set("    disabled: [velero]", "    disabled: [cert-manager]"),
                "spec.platform.disabled[0]"));
        c.add(rule("repoUrl not a URL", os().set("      repoUrl: file:///home/me/prod-east-gitops",
                "      repoUrl: my gitops repo"), "spec.platform.gitops.repoUrl"));
        c.add(rule("repoUrl with unsupported scheme", os().set("      repoUrl: file:///home/me/prod-east-gitops",
                "      repoUrl: ftp://example.com/repo.git"), "spec.platform.gitops.repoUrl"));
        c.add(rule("gitops without repoUrl", os().drop("      repoUrl: file:///home/me/prod-east-gitops"),
                "spec.platform.gitops.repoUrl"));
        c.add(rule("gitops path leaves the repo", os().set("      path: clusters/prod-east", "      path: ../other"),
                "spec.platform.gitops.path"));
        c.add(rule("OIDC issuer not https", os().set(
                "      issuerUrl: https://keycloak.prod-east.example.com/realms/opencenter",
                "      issuerUrl: http://keycloak.local/realms/opencenter"), "spec.platform.oidc.issuerUrl"));
        c.add(rule("platform missing", os().block("  platform:"), "spec.platform"));

        // --- provisioning and offline
        c.add(rule("parallelism 0", os().set("    parallelism: 4", "    parallelism: 0"), "spec.provisioning.parallelism"));
        c.add(rule("parallelism 17", os().set("    parallelism: 4", "    parallelism: 17"), "spec.provisioning.parallelism"));
        c.add(rule("offline bundle without registry", os().drop("    registry: registry.internal:5000"), "spec.offline.registry"));
        c.add(rule("offline registry without bundle", os().drop("    bundle: /media/usb/opencenter-bundle-2026.11.tar"),
                "spec.offline.bundle"));
        c.add(rule("offline registry with a scheme", os().set("    registry: registry.internal:5000",
                "    registry: https://registry.internal:5000"), "spec.offline.registry"));

        // --- sandbox base
        c.add(rule("sandbox with an unsupported version", YamlEdit.sandbox().set("    version: \"1.35.4\"",
                "    version: v1.35.4"), "spec.kubernetes.version").hint("did you mean 1.35.4?"));
        return c.stream();
    }

    @Test
    void thereAreEnoughDistinctCases() {
        List<Bad> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(45);
        assertThat(all.stream().map(Bad::yaml).distinct()).hasSameSizeAs(all);
        assertThat(all.stream().map(Bad::name).distinct()).hasSameSizeAs(all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeIsReportedAtItsPath(Bad bad) {
        SpecYaml.LoadResult loaded = SpecYaml.parse(bad.yaml());
        List<Finding> findings = new ArrayList<>(loaded.findings());
        if (loaded.config() != null) {
            findings.addAll(new SpecValidator(TestServices.KNOWN).validate(loaded.config()));
        }
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        assertThat(errors).extracting(Finding::path).containsExactlyInAnyOrderElementsOf(bad.paths());
        assertThat(errors).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.message()).isNotBlank();
            assertThat(f.hint()).isNotBlank();
        });
        if (bad.located()) {
            assertThat(errors).anySatisfy(f -> assertThat(f.message()).matches(AT_LINE));
            assertThat(loaded.findings()).isNotEmpty();
        }
        if (bad.hintContains() != null) {
            assertThat(errors).anySatisfy(f -> assertThat(f.hint()).contains(bad.hintContains()));
        }
    }
}
