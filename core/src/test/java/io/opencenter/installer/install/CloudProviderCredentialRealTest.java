package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opencenter.installer.openstack.ApplicationCredentials;
import io.opencenter.installer.openstack.ApplicationCredentials.ApplicationCredential;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.client.OpenStackGateways;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import io.opencenter.installer.openstack.client.RetryPolicy;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.provision.cloud.InfrastructureClouds;
import io.opencenter.installer.provision.destroy.DestroyInventory;
import io.opencenter.installer.provision.destroy.DestroyResult;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster's application credential against the real Keystone of the loopback harness, as the user of
 * {@code OS_CLOUD} (the harness's demo): created once and reused, a leftover no file knows replaced, destroy
 * finding and deleting it by name, and the harness's restricted application credential ({@code <OS_CLOUD>-appcred})
 * refused before anything is made. Enabled like the other real-lane tests by {@code OS_CLIENT_CONFIG_FILE} and
 * {@code OS_CLOUD}; everything it makes carries a random cluster name and is deleted.
 */
@EnabledIfEnvironmentVariable(named = "OS_CLIENT_CONFIG_FILE", matches = ".+")
@EnabledIfEnvironmentVariable(named = "OS_CLOUD", matches = ".+")
class CloudProviderCredentialRealTest {

    @TempDir
    Path root;

    private CloudProfile profile;
    private String cluster;
    private ClusterFiles files;
    private Openstack4jGateway keystone;

    @BeforeEach
    void connect() {
        Path file = Path.of(System.getenv("OS_CLIENT_CONFIG_FILE"));
        assumeTrue(Files.isRegularFile(file), "OS_CLIENT_CONFIG_FILE is not a file: " + file);
        profile = CloudsYaml.load().require(System.getenv("OS_CLOUD"));
        cluster = "t-cc-" + UUID.randomUUID().toString().substring(0, 8);
        files = ClusterFiles.of(new Workspace(root), cluster);
        keystone = OpenStackGateways.connect(profile, RetryPolicy.defaults());
    }

    @AfterEach
    void removeWhatIsLeft() {
        if (keystone != null) {
            credentials().named(ResourceNames.applicationCredential(cluster)).forEach(c -> credentials().delete(c.id()));
            keystone.close();
        }
    }

    private ApplicationCredentials credentials() {
        return keystone.applicationCredentials();
    }

    private static CloudConnection connection(CloudProfile p) {
        return new CloudConnection(p, x -> OpenStackGateways.connect(x, RetryPolicy.defaults()),
                x -> InfrastructureClouds.connect(x, RetryPolicy.defaults()));
    }

    private List<String> inKeystone() {
        return credentials().named(ResourceNames.applicationCredential(cluster)).stream()
                .map(ApplicationCredential::id).toList();
    }

    @Test
    void createdOnceReusedReplacedWhenUnknownAndDestroyedByName() throws Exception {
        CloudProviderCredential.Issued first = CloudProviderCredential.ensure(connection(profile), files, cluster);
        assertThat(inKeystone()).containsExactly(first.id());

        CloudProviderCredential.Issued reused = CloudProviderCredential.ensure(connection(profile), files, cluster);
        assertThat(reused.id()).isEqualTo(first.id());
        assertThat(inKeystone()).containsExactly(first.id());

        // what a kill between Keystone's answer and the save leaves: a credential no file knows
        Files.delete(files.cloudProviderCredential());
        CloudProviderCredential.Issued replaced = CloudProviderCredential.ensure(connection(profile), files, cluster);
        assertThat(replaced.id()).isNotEqualTo(first.id());
        assertThat(inKeystone()).containsExactly(replaced.id());

        ClusterConfig config = named(cluster);
        Uninstall uninstall = new Uninstall(config, connection(profile), new Workspace(root));
        DestroyInventory inventory = uninstall.inventory();
        assertThat(inventory.installerCreated()).extracting(CloudObject::kind, CloudObject::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ResourceKind.APPLICATION_CREDENTIAL,
                        replaced.id()));
        DestroyResult result = uninstall.destroy(inventory, new RecordingListener(), new Cancellation());

        assertThat(result.complete()).as(result.leftovers().toString()).isTrue();
        assertThat(inKeystone()).isEmpty();
        assertThat(files.cloudProviderCredential()).doesNotExist();
    }

    @Test
    void theHarnesssRestrictedApplicationCredentialIsRefusedAndMakesNothing() {
        String name = System.getenv().getOrDefault("OS_CLOUD_APPCRED", System.getenv("OS_CLOUD") + "-appcred");
        Optional<CloudProfile> restricted = CloudsYaml.load().profile(name);
        assumeTrue(restricted.isPresent(), "no application credential entry " + name);

        OpenStackException refused = catchThrowableOfType(
                () -> CloudProviderCredential.ensure(connection(restricted.get()), files, cluster),
                OpenStackException.class);

        assertThat(refused.kind()).isEqualTo(OpenStackException.Kind.FORBIDDEN);
        assertThat(refused.getMessage()).contains(name, "restricted application credential", "--unrestricted");
        assertThat(inKeystone()).isEmpty();
        assertThat(files.cloudProviderCredential()).doesNotExist();
    }

    private static ClusterConfig named(String name) {
        ClusterConfig c = ClusterConfigs.sandboxDefault();
        return new ClusterConfig(c.apiVersion(), c.kind(), new ClusterConfig.Metadata(name), c.spec());
    }
}
