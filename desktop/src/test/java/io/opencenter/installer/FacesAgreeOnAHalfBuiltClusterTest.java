package io.opencenter.installer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.cli.CliWiring;
import io.opencenter.installer.cli.InstallerCommand;
import io.opencenter.installer.install.CloudConnector;
import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.Kubeconfigs;
import io.opencenter.installer.install.OpenedCloud;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.preflight.QuotaLine;
import io.opencenter.installer.sandbox.SandboxClients;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxCloudProvider;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.SpecYaml;
import io.opencenter.installer.ui.wizard.cloud.CloudCheck;
import io.opencenter.installer.ui.wizard.cloud.PreflightRunners;
import io.opencenter.installer.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One preflight for both faces: on a cluster whose first two servers already exist, {@code preflight} and the
 * wizard's cloud check (what the Cluster and Review pages run) give the same quota lines and the same verdict.
 * With 5 instances allowed and 2 held by the cluster itself, only a preflight that discounts them lets it pass.
 */
class FacesAgreeOnAHalfBuiltClusterTest {
    @TempDir
    Path home;

    private final SandboxOptions options = SandboxOptions.builder().quota("instances", 5).build();

    @Test
    void theCliAndTheWizardSeeTheSameNeedsAndBothLetItResume() throws Exception {
        Workspace workspace = new Workspace(home.resolve("workspace"));
        ClusterConfig config = ClusterConfigs.sandboxDefault();
        Path file = home.resolve("cluster.yaml");
        SpecYaml.save(config, file);
        bootTheFirstTwoServers(workspace.sandboxState());
        Clouds clouds = new Clouds(new ConfigLocations(Map.of(), home, home, home.resolve("etc")),
                CloudConnector.standard(), new SandboxCloudProvider(options));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = InstallerCommand.run(new CliWiring(clouds, new Kubeconfigs(Map.of(), home, Clock.systemUTC())),
                new PrintWriter(out), new PrintWriter(err),
                "--workspace", workspace.root().toString(), "preflight", "-f", file.toString(), "--output", "json");
        List<CloudCheck.QuotaRow> cli = rows(new ObjectMapper().readTree(out.toString()).get("quota"));

        CloudCheck wizard;
        try (OpenedCloud cloud = clouds.sandbox(workspace.sandboxState())) {
            wizard = PreflightRunners.of(Catalog::builtIn).run(config, cloud.connection());
        }

        assertThat(exit).as(out + err.toString()).isZero();
        assertThat(wizard.findings()).as("the wizard's findings").noneMatch(f -> f.isError());
        assertThat(wizard.quotas()).containsExactlyElementsOf(cli);
        assertThat(cli).filteredOn(r -> r.resource().equals("instances")).first()
                .satisfies(r -> {
                    assertThat(r.needed()).isEqualTo(3);
                    assertThat(r.inUse()).isEqualTo(2);
                    assertThat(r.limit()).isEqualTo(5);
                    assertThat(r.ok()).isTrue();
                });
    }

    /** The state a killed apply leaves: two of the cluster's servers on the cloud, kept in the workspace. */
    private void bootTheFirstTwoServers(Path state) {
        try (SandboxCloud sandbox = new SandboxCloudProvider(options).start(state)) {
            SandboxClients.bootServers(sandbox, "demo-control-plane-1", "demo-control-plane-2");
        }
    }

    private static List<CloudCheck.QuotaRow> rows(JsonNode lines) {
        List<CloudCheck.QuotaRow> rows = new ArrayList<>();
        for (JsonNode l : lines) {
            rows.add(new CloudCheck.QuotaRow(l.get("resource").asText(), QuotaLine.ADDONS.equals(l.get("part").asText())
                    ? CloudCheck.QuotaRow.Part.ADDONS : CloudCheck.QuotaRow.Part.INFRASTRUCTURE,
                    l.get("needed").asLong(), l.get("inUse").asLong(), l.get("limit").asLong(), l.get("ok").asBoolean()));
        }
        return rows;
    }
}
