package io.opencenter.installer.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.InstallRequest;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.install.Installation;
import io.opencenter.installer.install.RecordingListener;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.openstack.config.CloudsConfig;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.sandbox.state.Seed;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.workspace.FileLog;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The promise of the support bundle: whatever secret the run used, and however it reached a log line (a careless
 * message, an exception's message), the bundle holds none of them, not even base64-encoded. The secrets come in
 * the ways a user gives them (clouds.yaml, secure.yaml, OS_* variables) and are used against the sandbox over HTTP;
 * the install writes its log lines, journal, config copy and preflight results for real.
 */
class SupportBundleSecretsTest {
    private static final Logger LOG = LoggerFactory.getLogger(SupportBundleSecretsTest.class);

    @TempDir
    Path dir;

    private SandboxCloud sandbox;
    private Workspace workspace;

    @BeforeEach
    void start() {
        workspace = new Workspace(dir.resolve("ws"));
        sandbox = SandboxCloud.start(SandboxOptions.builder().serverActiveDelay(Duration.ofMillis(100))
                .volumeAvailableDelay(Duration.ofMillis(50)).build().withStateFile(workspace.sandboxState()));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        FileLog.stop();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("io.opencenter.installer").setLevel(null);
    }

    @Test
    void noSecretUsedInTheRunIsInTheBundle() throws IOException {
        long n = System.nanoTime();
        // none of them looks like a secret: only their registration where they were read can mask them
        String yamlPassword = "Tr0ub4dor and 3 " + n;
        String secureSecret = "quiet river " + n;
        String envSecret = "Kx9 plain " + n;
        assertThat(FileLog.start(workspace)).isPresent();

        Map<String, String> env = credentials(yamlPassword, secureSecret, envSecret);
        CloudsConfig clouds = CloudsYaml.load(new ConfigLocations(env, dir, dir, dir.resolve("etc")));
        assertThat(clouds.names()).contains("wrong-password", "wrong-appcred", "envvars");
        List<String> refused = new ArrayList<>();
        for (String name : clouds.names()) {
            CloudProfile profile = clouds.require(name);
            try (OpenStackGateway gateway = OpenStackGateways.connect(profile, RetryPolicy.none())) {
                gateway.authenticate();
            } catch (OpenStackException e) {
                refused.add(name);
                String secret = name.equals("wrong-password") ? yamlPassword
                        : name.equals("wrong-appcred") ? secureSecret : envSecret;
                // what a careless bug would write: the secret in the message and in the exception
                LOG.error("login to {} failed, the secret tried was {}", name, secret,
                        new IllegalStateException("Keystone refused " + secret, e));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        assertThat(refused).containsExactlyInAnyOrder("wrong-password", "wrong-appcred", "envvars");

        ClusterConfig config = ClusterConfigs.sandboxDefault();
        CloudConnection cloud = new CloudConnection(sandbox.profile(),
                p -> OpenStackGateways.connect(p, RetryPolicy.none()),
                p -> InfrastructureClouds.connect(p, RetryPolicy.none()));
        InstallResult result = Installation.run(new InstallRequest(config, cloud, workspace,
                InstallPhase.INFRASTRUCTURE, Catalog.builtIn()), new RecordingListener(), new Cancellation());
        assertThat(result.outcome()).as(result.message()).isEqualTo(InstallResult.Outcome.COMPLETE);
        FileLog.stop();
        assertThat(workspace.sandboxState()).content().contains(Seed.APP_CREDENTIAL_SECRET);

        SupportBundleReport report = SupportBundle.write(workspace, dir.resolve("bundle.zip"));

        Map<String, String> zip = BundleZip.read(report.file());
        String cluster = "clusters/" + config.name() + "/";
        assertThat(zip).containsKeys("logs/installer.log", cluster + "cluster.yaml", cluster + "journal.jsonl",
                cluster + "preflight.json", "versions.txt", "manifest.txt");
        // the secrets really went down the log pipeline, and the install's lines with them
        String log = zip.get("logs/installer.log");
        assertThat(log).contains("login to wrong-password failed, the secret tried was ******",
                "login to envvars failed, the secret tried was ******",
                "IllegalStateException: Keystone refused ******",
                "phase Preflight DONE", "phase Infrastructure DONE", "preflight passed");
        assertThat(zip.get(cluster + "preflight.json")).contains("\"quota\"");
        for (String secret : List.of(yamlPassword, secureSecret, envSecret, Seed.APP_CREDENTIAL_SECRET)) {
            for (String form : forms(secret)) {
                assertThat(zip).allSatisfy((name, text) -> assertThat(text).as(name).doesNotContain(form));
            }
        }
    }

    @Test
    void aTokenInAConfigUrlIsInNoCopyTheInstallerKeeps() throws IOException {
        String token = "ghp_" + System.nanoTime() + "Xy9token";
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterSpec s = base.spec();
        ClusterConfig config = new ClusterConfig(base.apiVersion(), base.kind(), base.metadata(), new ClusterSpec(
                s.cloud(), s.kubernetes(), s.network(), s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(),
                new ClusterSpec.Platform("openstack", null, null, new ClusterSpec.GitOps(
                        "https://x-access:" + token + "@github.com/org/gitops.git", "main", "clusters/demo")),
                s.provisioning(), s.offline()));
        CloudConnection cloud = new CloudConnection(sandbox.profile(),
                p -> OpenStackGateways.connect(p, RetryPolicy.none()),
                p -> InfrastructureClouds.connect(p, RetryPolicy.none()));
        InstallResult result = Installation.run(new InstallRequest(config, cloud, workspace, InstallPhase.PREFLIGHT,
                Catalog.builtIn()), new RecordingListener(), new Cancellation());
        assertThat(result.outcome()).as(result.message()).isEqualTo(InstallResult.Outcome.COMPLETE);
        Path copy = workspace.cluster(config.name()).resolve("cluster.yaml");
        assertThat(copy).content().doesNotContain(token).contains("https://******@github.com/org/gitops.git");

        SupportBundleReport report = SupportBundle.write(workspace, dir.resolve("bundle.zip"));

        assertThat(BundleZip.read(report.file())).allSatisfy((name, text) ->
                assertThat(text).as(name).doesNotContain(token));
    }

    private Map<String, String> credentials(String yamlPassword, String secureSecret, String envSecret)
            throws IOException {
        String url = sandbox.authUrl();
        Path cloudsFile = Files.writeString(dir.resolve("clouds.yaml"), """
                clouds:
                  wrong-password:
                    auth:
                      auth_url: %s
                      username: demo
                      password: "%s"
                      project_name: demo
                      user_domain_name: Default
                      project_domain_name: Default
                    region_name: RegionOne
                  wrong-appcred:
                    auth_type: v3applicationcredential
                    auth:
                      auth_url: %s
                      application_credential_id: 0000aaaa
                    region_name: RegionOne
                """.formatted(url, yamlPassword, url));
        Path secureFile = Files.writeString(dir.resolve("secure.yaml"), """
                clouds:
                  wrong-appcred:
                    auth:
                      application_credential_secret: "%s"
                """.formatted(secureSecret));
        return Map.of(ConfigLocations.CLIENT_CONFIG_FILE, cloudsFile.toString(),
                ConfigLocations.CLIENT_SECURE_FILE, secureFile.toString(),
                "OS_AUTH_URL", url, "OS_AUTH_TYPE", "v3applicationcredential",
                "OS_APPLICATION_CREDENTIAL_ID", "0000bbbb", "OS_APPLICATION_CREDENTIAL_SECRET", envSecret,
                "OS_REGION_NAME", "RegionOne");
    }

    /** The secret, its base64, and its base64 without padding (as it starts a longer base64 text). */
    private static List<String> forms(String secret) {
        String b64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
        return List.of(secret, b64, b64.replace("=", ""));
    }
}
