package io.opencenter.installer.provision.tofu;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.SpecYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TofuModuleTest {
    private static final Pattern RESOURCE = Pattern.compile("(?m)^resource \"(\\w+)\" \"(\\w+)\" \\{$");
    private static final Pattern DATA = Pattern.compile("(?m)^data \"(\\w+)\" \"(\\w+)\" \\{$");
    private static final Pattern VARIABLE = Pattern.compile("(?m)^variable \"(\\w+)\" \\{$");

    @TempDir
    Path dir;

    static ClusterConfig example(String file) throws IOException {
        SpecYaml.LoadResult loaded = SpecYaml.load(Path.of("examples", file));
        assertThat(loaded.ok()).as(loaded.findings().toString()).isTrue();
        return loaded.config();
    }

    static ClusterConfig withSshKey(ClusterConfig c) {
        ClusterSpec s = c.spec();
        return new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(s.cloud(), s.kubernetes(),
                s.network(), s.controlPlane(), s.workerPools(), "~/.ssh/id_ed25519.pub", s.platform(),
                s.provisioning(), s.offline()));
    }

    private static Map<String, String> module(ClusterConfig config) {
        return TofuModule.of(config, PlanBuilder.build(config));
    }

    @Test
    void everyPlannedResourceAppearsOnceWithItsNameAndNothingElseIsCreated() throws IOException {
        for (ClusterConfig config : List.of(example("openstack-cluster.yaml"), withSshKey(example("sandbox-cluster.yaml")))) {
            ProvisioningPlan plan = PlanBuilder.build(config);
            String main = module(config).get("main.tf");
            Matcher m = RESOURCE.matcher(main);
            int blocks = 0;
            while (m.find()) {
                blocks++;
            }
            assertThat(blocks).isEqualTo(plan.resources().size());
            for (PlannedResource r : plan.resources()) {
                String header = "resource \"" + TofuResources.type(r.kind()) + "\" \"" + TofuResources.label(r.key())
                        + "\" {";
                assertThat(occurrences(main, header)).as(header).isEqualTo(1);
                String block = block(main, header);
                String nameAttr = r.kind() == ResourceKind.SECURITY_GROUP_RULE ? "description" : "name";
                if (r.kind() != ResourceKind.ROUTER_INTERFACE) {
                    assertThat(block).as(r.key()).containsPattern(attr(nameAttr, "\"" + r.name() + "\""));
                }
            }
        }
    }

    @Test
    void neutronResourcesCarryTheTagAndServersAndVolumesTheMetadata() throws IOException {
        ClusterConfig config = example("openstack-cluster.yaml");
        ProvisioningPlan plan = PlanBuilder.build(config);
        String main = module(config).get("main.tf");
        String tag = "opencenter-cluster=" + plan.cluster();
        for (PlannedResource r : plan.resources()) {
            String block = block(main, "resource \"" + TofuResources.type(r.kind()) + "\" \"" + TofuResources.label(r.key()) + "\" {");
            switch (r.kind()) {
                case NETWORK, SUBNET, ROUTER, SECURITY_GROUP, PORT, FLOATING_IP ->
                        assertThat(block).as(r.key()).containsPattern(attr("tags", "[\"" + tag + "\"]"));
                case SERVER, VOLUME -> assertThat(block).as(r.key())
                        .containsPattern(attr("metadata", "{ \"opencenter-cluster\" = \"" + plan.cluster() + "\" }"));
                default -> assertThat(block).as(r.key()).doesNotContain("tags").doesNotContain("metadata");
            }
        }
    }

    @Test
    void theServerGroupCarriesTheConfiguredPolicy() throws IOException {
        ClusterConfig config = example("openstack-cluster.yaml");
        String type = TofuResources.type(ResourceKind.SERVER_GROUP);
        String label = TofuResources.label(PlanBuilder.SERVER_GROUP_CONTROL_PLANE);
        assertThat(block(module(config).get("main.tf"), "resource \"" + type + "\" \"" + label + "\" {"))
                .containsPattern(attr("policies", "[\"anti-affinity\"]"));
        ClusterSpec s = config.spec();
        ClusterSpec.ControlPlane cp = s.controlPlane();
        ClusterConfig soft = new ClusterConfig(config.apiVersion(), config.kind(), config.metadata(), new ClusterSpec(
                s.cloud(), s.kubernetes(), s.network(), new ClusterSpec.ControlPlane(cp.count(), cp.flavor(),
                cp.image(), cp.volumeSizeGb(), "soft-anti-affinity"), s.workerPools(), s.sshPublicKeyFile(),
                s.platform(), s.provisioning(), s.offline()));
        assertThat(block(module(soft).get("main.tf"), "resource \"" + type + "\" \"" + label + "\" {"))
                .containsPattern(attr("policies", "[\"soft-anti-affinity\"]"));
    }

    @Test
    void everyReferenceNamesADefinedResourceDataSourceOrVariable() throws IOException {
        Map<String, String> files = module(withSshKey(example("openstack-cluster.yaml")));
        String all = String.join("\n", files.values());
        Set<String> resources = defined(RESOURCE, all, true);
        Set<String> data = defined(DATA, all, true);
        Set<String> variables = defined(VARIABLE, files.get("variables.tf"), false);
        Matcher refs = Pattern.compile("(?<![\\w.\"])(data\\.)?(openstack_\\w+)\\.(\\w+)\\.").matcher(all);
        int count = 0;
        while (refs.find()) {
            count++;
            String address = refs.group(2) + "." + refs.group(3);
            assertThat(refs.group(1) != null ? data : resources).as(refs.group()).contains(address);
        }
        assertThat(count).isGreaterThan(40);
        Matcher vars = Pattern.compile("var\\.(\\w+)").matcher(all);
        while (vars.find()) {
            assertThat(variables).contains(vars.group(1));
        }
    }

    @Test
    void nodePortsWaitForTheVipPortThroughDependsOn() throws IOException {
        String main = module(example("sandbox-cluster.yaml")).get("main.tf");
        String port = block(main, "resource \"openstack_networking_port_v2\" \"port_control_plane_1\" {");
        assertThat(port).containsPattern(attr("depends_on", "[openstack_networking_port_v2.vip_port]"))
                .containsPattern(attr("ip_address", "\"10.20.0.10\""));
        String fip = block(main, "resource \"openstack_networking_floatingip_v2\" \"floating_ip\" {");
        assertThat(fip).containsPattern(attr("port_id", "openstack_networking_port_v2.vip_port.id"))
                .containsPattern(attr("depends_on", "[openstack_networking_router_interface_v2.router_interface]"));
    }

    @Test
    void secretsAreSensitiveVariablesWithoutDefaults() throws IOException {
        String variables = module(example("openstack-cluster.yaml")).get("variables.tf");
        for (String secret : List.of("password", "application_credential_secret")) {
            String block = block(variables, "variable \"" + secret + "\" {");
            assertThat(block).containsPattern(attr("sensitive", "true")).containsPattern(attr("default", "null"));
        }
        assertThat(block(variables, "variable \"cloud\" {")).containsPattern("(?m)^  default\\s+= \"");
    }

    @Test
    void theProviderIsPinnedAndBracesBalanceInEveryFile() throws IOException {
        Map<String, String> files = module(withSshKey(example("openstack-cluster.yaml")));
        assertThat(files.keySet()).containsExactly("versions.tf", "variables.tf", "main.tf", "outputs.tf");
        assertThat(files.get("versions.tf")).containsPattern(attr("source", "\"terraform-provider-openstack/openstack\""))
                .containsPattern(attr("version", "\"~> 3.0\""));
        files.forEach((name, text) -> assertThat(balance(text)).as(name).isZero());
        assertThat(files.get("outputs.tf")).contains("output \"api_floating_ip\"").contains("output \"api_vip\"");
    }

    @Test
    void userDataIsAHeredocWhoseTemplateMarkersAreEscaped() {
        assertThat(HclWriter.quote("a ${b} %{c} \"d\"\n")).isEqualTo("\"a $${b} %%{c} \\\"d\\\"\\n\"");
        String text = new HclWriter().heredoc("user_data", "#cloud-config\nx: ${y}\n").text();
        assertThat(text).isEqualTo("user_data = <<-EOT\n#cloud-config\nx: $${y}\nEOT\n");
        assertThat(new HclWriter().heredoc("u", "a\nEOT\n").text()).isEqualTo("u = \"a\\nEOT\\n\"\n");
    }

    /** OpenTofu/Terraform parse the files (fmt parses without providers); skipped when neither is installed. */
    @Test
    void terraformFmtParsesTheModule() throws Exception {
        String tool = onPath("tofu") ? "tofu" : onPath("terraform") ? "terraform" : null;
        Assumptions.assumeTrue(tool != null, "neither tofu nor terraform on PATH");
        TofuModule.write(module(withSshKey(example("openstack-cluster.yaml"))), dir);
        Process p = new ProcessBuilder(tool, "fmt", "-check", "-list=false", "-write=false", dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // 0 = parsed and already formatted as fmt would; 3 = formatting differs; 2 = syntax error
        assertThat(p.exitValue()).as(output).isZero();
    }

    /** A line {@code name = value} at any depth, with fmt's alignment padding. */
    private static String attr(String name, String value) {
        return "(?m)^\\s*" + Pattern.quote(name) + " +=\\s" + Pattern.quote(value) + "$";
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    private static Set<String> defined(Pattern p, String text, boolean typed) {
        Set<String> names = new HashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            assertThat(names.add(typed ? m.group(1) + "." + m.group(2) : m.group(1))).as("defined twice: " + m.group()).isTrue();
        }
        return names;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** From a top-level header to its closing brace at column 0. */
    private static String block(String text, String header) {
        int start = text.indexOf(header);
        assertThat(start).as(header).isNotNegative();
        int end = text.indexOf("\n}\n", start);
        return text.substring(start, end + 2);
    }

    private static int balance(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).isNotNegative();
        }
        return depth;
    }
}
