package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudsTest {
    private static final String SECRET = "s3cr3t-never-listed";

    @TempDir
    Path home;

    private final List<Path> started = new ArrayList<>();
    private int stopped;

    private Clouds clouds(Map<String, String> env) throws IOException {
        Path cwd = Files.createDirectories(home.resolve("work"));
        SandboxProvider sandbox = state -> {
            started.add(state);
            return new SandboxProvider.Running() {
                @Override
                public ClusterApiRoute clusterApis() {
                    return target -> {
                        throw new AssertionError("no cluster API in this fake sandbox");
                    };
                }

                @Override
                public CloudProfile profile() {
                    return ScriptedGateway.profile("demo", "RegionOne");
                }

                @Override
                public void close() {
                    stopped++;
                }
            };
        };
        return new Clouds(new ConfigLocations(env, cwd, home, home.resolve("etc")), CloudConnector.unavailable(),
                sandbox);
    }

    private Path writeClouds() throws IOException {
        Path dir = Files.createDirectories(home.resolve(".config/openstack"));
        Files.writeString(dir.resolve("clouds.yaml"), """
                clouds:
                  prod:
                    auth:
                      auth_url: https://keystone.example.com:5000/v3
                      username: alice
                      project_name: k8s
                      user_domain_name: Default
                      project_domain_name: Default
                    region_name: RegionOne
                  broken:
                    auth:
                      username: bob
                """);
        Files.writeString(dir.resolve("secure.yaml"), """
                clouds:
                  prod:
                    auth:
                      password: %s
                """.formatted(SECRET));
        return dir;
    }

    @Test
    void theListingHasTheEntriesTheEnvironmentCloudTheFilesReadAndTheSandbox() throws IOException {
        Path dir = writeClouds();
        Map<String, String> env = Map.of("OS_AUTH_URL", "https://other.example:5000/v3", "OS_USERNAME", "carol",
                "OS_PASSWORD", SECRET, "OS_PROJECT_NAME", "p", "OS_USER_DOMAIN_NAME", "Default",
                "OS_PROJECT_DOMAIN_NAME", "Default");

        CloudListing listing = clouds(env).list();

        assertThat(listing.names()).containsExactly("prod", "envvars");
        assertThat(listing.defaultCloud()).isEqualTo("envvars");
        assertThat(listing.filesRead()).containsExactly(dir.resolve("clouds.yaml"), dir.resolve("secure.yaml"));
        assertThat(listing.files()).isEqualTo("read " + dir.resolve("clouds.yaml") + " and "
                + dir.resolve("secure.yaml"));
        assertThat(listing.findings()).anyMatch(f -> f.path().startsWith("clouds.broken"));
        assertThat(listing.sandbox()).isEqualTo(SandboxProvider.LABEL);
        assertThat(listing.toString()).doesNotContain(SECRET);
    }

    @Test
    void nothingFoundIsAnEmptyListingThatSaysWhereItLooked() throws IOException {
        CloudListing listing = clouds(Map.of()).list();
        assertThat(listing.names()).isEmpty();
        assertThat(listing.filesRead()).isEmpty();
        assertThat(listing.files()).startsWith("no clouds.yaml found; looked for " + home.resolve("work"));
    }

    @Test
    void aNamedEntryOpensAndAnUnknownOneHasFindingsAtTheCloudName() throws IOException {
        writeClouds();
        Clouds clouds = clouds(Map.of());

        try (OpenedCloud prod = clouds.named("prod")) {
            assertThat(prod.usable()).isTrue();
            assertThat(prod.profile().regionName()).isEqualTo("RegionOne");
            assertThat(prod.requireConnection().profile().name()).isEqualTo("prod");
        }
        OpenedCloud unknown = clouds.named("prdo");
        assertThat(unknown.usable()).isFalse();
        assertThat(unknown.profile()).isNull();
        assertThat(unknown.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.name");
            assertThat(f.message()).contains("there is no cloud named prdo");
            assertThat(f.hint()).contains("did you mean prod?");
        });
        assertThatThrownBy(unknown::requireConnection).isInstanceOf(OpenStackException.class)
                .hasMessageContaining("there is no cloud named prdo").hasMessageContaining("did you mean prod?");
        assertThat(clouds.named("broken").findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).startsWith("cloud broken cannot be used"));
    }

    @Test
    void enteredCredentialsAreSavedWithTheSecretOnlyInSecureYaml() throws IOException {
        Clouds clouds = clouds(Map.of());
        CloudProfile entered = new CloudProfile("mycloud", new CloudAuth.ApplicationCredential(
                "https://keystone.example.com:5000/v3", "ac-1", null, null, null, Secret.of("very-secret")),
                null, null, null, false, "entered in the wizard");
        assertThat(clouds.entered(entered).profile()).isSameAs(entered);

        Path written = clouds.save(entered);

        assertThat(written).isEqualTo(home.resolve(".config/openstack/clouds.yaml"));
        assertThat(Files.readString(written)).contains("mycloud").doesNotContain("very-secret");
        assertThat(Files.readString(written.resolveSibling("secure.yaml"))).contains("very-secret");
        assertThat(clouds.list().names()).containsExactly("mycloud");
        assertThat(clouds.named("mycloud").usable()).isTrue();
    }

    @Test
    void aSandboxClusterKeepsItsStateInTheWorkspaceOnlyWhenAskedOrAlreadyThere() throws IOException {
        Clouds clouds = clouds(Map.of());
        Workspace ws = new Workspace(home.resolve("ws"));
        ClusterConfig sandbox = ClusterConfigs.sandboxDefault();
        assertThat(Clouds.isSandbox(sandbox)).isTrue();

        try (OpenedCloud plan = clouds.forCluster(sandbox, ws, false)) {
            assertThat(plan.usable()).isTrue();
        }
        try (OpenedCloud apply = clouds.forCluster(sandbox, ws, true)) {
            assertThat(apply.profile().name()).isEqualTo("lab");
        }
        Files.createDirectories(ws.sandboxState().getParent());
        Files.writeString(ws.sandboxState(), "{}");
        clouds.forCluster(sandbox, ws, false).close();

        assertThat(started).containsExactly(null, ws.sandboxState(), ws.sandboxState());
        assertThat(stopped).isEqualTo(3);
    }

    @Test
    void aClusterOnANamedCloudOpensThatEntry() throws IOException {
        writeClouds();
        ClusterConfig c = ClusterConfigs.sandboxDefault();
        ClusterSpec s = c.spec();
        ClusterConfig onProd = new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(
                new ClusterSpec.Cloud("prod", null, null, false), s.kubernetes(), s.network(), s.controlPlane(),
                s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));
        Workspace ws = new Workspace(home.resolve("ws"));

        assertThat(Clouds.isSandbox(onProd)).isFalse();
        assertThat(clouds(Map.of()).forCluster(onProd, ws, true).profile().name()).isEqualTo("prod");
        assertThat(started).isEmpty();
    }

    @Test
    void preflightOnACloudThatCannotBeUsedIsItsFindings() throws IOException {
        ClusterConfig c = ClusterConfigs.sandboxDefault();
        ClusterSpec s = c.spec();
        ClusterConfig onNothing = new ClusterConfig(c.apiVersion(), c.kind(), c.metadata(), new ClusterSpec(
                new ClusterSpec.Cloud("nowhere", null, null, false), s.kubernetes(), s.network(), s.controlPlane(),
                s.workerPools(), s.sshPublicKeyFile(), s.platform(), s.provisioning(), s.offline()));

        var report = clouds(Map.of()).preflight(onNothing, new Workspace(home.resolve("ws")),
                io.opencenter.installer.platform.Catalog.builtIn());

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("spec.cloud.name"));
    }
}
