package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opencenter.installer.bootstrap.cloudprovider.CloudConf;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.openstack.ApplicationCredentials.ApplicationCredential;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.provision.destroy.DestroyInventory;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster's application credential on the sandbox cloud: made once and reused, a leftover of a run killed
 * between the create and the save removed, destroy taking it (and its workspace file) away, and a login that may
 * not make one refused by preflight before anything exists.
 */
class CloudProviderCredentialSandboxTest {
    private static final ClusterConfig CONFIG = ClusterConfigs.sandboxDefault();
    private static final String NAME = CONFIG.name() + "-cloud-provider";

    @TempDir
    Path root;

    private SandboxCloud sandbox;
    private Workspace workspace;
    private ClusterFiles files;
    private Openstack4jGateway keystone;

    @BeforeEach
    void start() {
        sandbox = SandboxCloud.start();
        workspace = new Workspace(root);
        files = ClusterFiles.of(workspace, CONFIG.name());
        keystone = OpenStackGateways.connect(sandbox.profile(), RetryPolicy.none());
    }

    @AfterEach
    void stop() {
        keystone.close();
        sandbox.close();
    }

    private CloudConnection connection(CloudProfile profile) {
        return new CloudConnection(profile, p -> OpenStackGateways.connect(p, RetryPolicy.none()),
                p -> InfrastructureClouds.connect(p, RetryPolicy.none()));
    }

    private CloudProviderCredential.Issued ensure() {
        return CloudProviderCredential.ensure(connection(sandbox.profile()), files, CONFIG.name());
    }

    private List<ApplicationCredential> inKeystone() {
        return keystone.applicationCredentials().named(NAME);
    }

    @Test
    void theFirstRunCreatesAndSavesItOwnerOnlyAndTheNextRunReusesIt() throws Exception {
        CloudProviderCredential.Issued first = ensure();

        assertThat(first.name()).isEqualTo(NAME);
        assertThat(inKeystone()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(first.id());
            assertThat(c.unrestricted()).isFalse();
            assertThat(c.description()).contains("cloud controller manager", "Cinder CSI", CONFIG.name(), "destroy");
        });
        Path file = files.cloudProviderCredential();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        String secret = new String(first.secret().reveal());
        assertThat(Files.readString(file)).contains(first.id(), secret);
        assertThat(first.toString()).doesNotContain(secret);
        // the secret is the credential's: the cluster's controllers can log in with it
        CloudProfile asCluster = new CloudProfile("cluster", new CloudAuth.ApplicationCredential(
                sandbox.authUrl(), first.id(), null, null, null, first.secret()), "RegionOne", "public", null, false,
                "test");
        try (Openstack4jGateway g = OpenStackGateways.connect(asCluster, RetryPolicy.none())) {
            assertThat(g.authenticate().projectId()).isEqualTo(keystone.authenticate().projectId());
        }

        CloudProviderCredential.Issued again = ensure();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(new String(again.secret().reveal())).isEqualTo(secret);
        assertThat(inKeystone()).hasSize(1);
    }

    /** The state a kill between Keystone's answer and the file's rename leaves: a credential no file knows. */
    @Test
    void aLeftoverOfARunKilledBeforeTheSaveIsDeletedNotOrphaned() {
        String orphan = keystone.applicationCredentials().create(NAME, "made by a run that was killed").id();

        CloudProviderCredential.Issued issued = ensure();

        assertThat(issued.id()).isNotEqualTo(orphan);
        assertThat(keystone.applicationCredentials().byId(orphan)).isEmpty();
        assertThat(inKeystone()).extracting(ApplicationCredential::id).containsExactly(issued.id());
    }

    @Test
    void aFileNamingACredentialKeystoneNoLongerHasIsReplaced() throws Exception {
        CloudProviderCredential.Issued first = ensure();
        keystone.applicationCredentials().delete(first.id());

        CloudProviderCredential.Issued second = ensure();

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(inKeystone()).extracting(ApplicationCredential::id).containsExactly(second.id());
        assertThat(Files.readString(files.cloudProviderCredential())).contains(second.id())
                .doesNotContain(first.id());
    }

    @Test
    void aCredentialThatCannotBeSavedIsTakenBackAndTheFailureNamesTheFile() throws Exception {
        // the cluster's folder is a link to nowhere: no file to read there, and no folder can be made
        Files.createDirectories(root.resolve("clusters"));
        Files.createSymbolicLink(files.dir(), root.resolve("nowhere"));

        IllegalStateException e = catchThrowableOfType(this::ensure, IllegalStateException.class);

        assertThat(e.getMessage()).contains(files.dir().toString()).contains("deleted again");
        assertThat(inKeystone()).isEmpty();
    }

    @Test
    void destroyListsTheCredentialDeletesItByNameAndRemovesTheFile() {
        CloudProviderCredential.Issued issued = ensure();
        Uninstall uninstall = new Uninstall(CONFIG, connection(sandbox.profile()), workspace);

        DestroyInventory inventory = uninstall.inventory();

        assertThat(inventory.installerCreated()).filteredOn(o -> o.kind() == ResourceKind.APPLICATION_CREDENTIAL)
                .singleElement().satisfies(o -> {
                    assertThat(o.name()).isEqualTo(NAME);
                    assertThat(o.id()).isEqualTo(issued.id());
                });
        // first: the cluster's controllers lose their access before their volumes and load balancers go
        assertThat(inventory.installerCreated().get(0).kind()).isEqualTo(ResourceKind.APPLICATION_CREDENTIAL);
        DestroyResult result = uninstall.destroy(inventory, new RecordingListener(), new Cancellation());

        assertThat(result.complete()).as(result.leftovers().toString()).isTrue();
        assertThat(result.deleted()).extracting(CloudObject::id).contains(issued.id());
        assertThat(inKeystone()).isEmpty();
        assertThat(files.cloudProviderCredential()).doesNotExist();
        assertThat(uninstall.inventory().isEmpty()).isTrue();
    }

    @Test
    void destroyFindsTheCredentialAlsoWhenTheWorkspaceFileIsGone() throws Exception {
        CloudProviderCredential.Issued issued = ensure();
        Files.delete(files.cloudProviderCredential());
        Uninstall uninstall = new Uninstall(CONFIG, connection(sandbox.profile()), workspace);

        DestroyResult result = uninstall.destroy(uninstall.inventory(), new RecordingListener(), new Cancellation());

        assertThat(result.deleted()).extracting(CloudObject::id).containsExactly(issued.id());
        assertThat(inKeystone()).isEmpty();
    }

    @Test
    void aRestrictedApplicationCredentialLoginFailsPreflightAndEnsureCreatesNothing() {
        CloudConnection restricted = connection(sandbox.appCredentialProfile());

        PreflightReport report = ClusterPreflight.run(CONFIG, restricted, Catalog.builtIn());

        assertThat(report.findings()).filteredOn(Finding::isError).first().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.name");
            assertThat(f.message()).contains("sandbox-appcred", "restricted application credential",
                    "cloud controller manager");
            assertThat(f.hint()).contains("auth_type: password", "--unrestricted");
        });
        OpenStackException refused = catchThrowableOfType(
                () -> CloudProviderCredential.ensure(restricted, files, CONFIG.name()), OpenStackException.class);
        assertThat(refused.kind()).isEqualTo(OpenStackException.Kind.FORBIDDEN);
        assertThat(refused.getMessage()).contains("sandbox-appcred", "--unrestricted");
        assertThat(inKeystone()).isEmpty();
        assertThat(files.cloudProviderCredential()).doesNotExist();
    }

    @Test
    void aPasswordLoginPassesTheCredentialCheck() {
        PreflightReport report = ClusterPreflight.run(CONFIG, connection(sandbox.profile()), Catalog.builtIn());

        assertThat(report.findings()).noneMatch(f -> f.message().contains("application credential"));
    }

    @Test
    void theSetupRendersTheManifestsWithTheClustersCredential() {
        List<Manifest> manifests = CloudProviderSetup.manifests(CONFIG.name(), connection(sandbox.profile()), files,
                Catalog.builtIn());

        ApplicationCredential made = inKeystone().get(0);
        Manifest secret = manifests.stream().filter(m -> m.ref().kind().kind().equals("Secret")).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        String conf = new String(Base64.getDecoder().decode((String) ((Map<String, Object>) secret.content()
                .get("data")).get(CloudConf.FILE)), StandardCharsets.UTF_8);
        assertThat(conf).contains("application-credential-id = \"" + made.id() + "\"")
                .contains("auth-url = \"" + sandbox.authUrl() + "\"").contains("region = \"RegionOne\"")
                .doesNotContain("password");
        // a second call (a resumed Bootstrap) renders the same credential, making none
        List<Manifest> again = CloudProviderSetup.manifests(CONFIG.name(), connection(sandbox.profile()), files,
                Catalog.builtIn());
        assertThat(again.stream().filter(m -> m.ref().kind().kind().equals("Secret")).findFirst().orElseThrow()
                .content()).isEqualTo(secret.content());
        assertThat(inKeystone()).hasSize(1);
    }
}
