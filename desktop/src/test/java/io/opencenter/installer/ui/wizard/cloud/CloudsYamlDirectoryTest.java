package io.opencenter.installer.ui.wizard.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.openstack.config.ConfigLocations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudsYamlDirectoryTest {
    @TempDir
    Path home;

    private CloudsYamlDirectory directory() throws Exception {
        Path cwd = Files.createDirectories(home.resolve("work"));
        return new CloudsYamlDirectory(ConfigLocations.of(Map.of(), cwd, home));
    }

    @Test
    void listsTheEntriesAndTheFileTheyCameFrom() throws Exception {
        Path dir = Files.createDirectories(home.resolve(".config/openstack"));
        Files.writeString(dir.resolve("clouds.yaml"), """
                clouds:
                  prod:
                    auth:
                      auth_url: https://keystone.example.com:5000/v3
                      username: alice
                      password: pw
                      project_name: k8s
                      user_domain_name: Default
                      project_domain_name: Default
                    region_name: RegionOne
                """);
        CloudDirectory.Listing listing = directory().list();
        assertThat(listing.cloudNames()).containsExactly("prod");
        assertThat(listing.filesRead()).containsExactly(dir.resolve("clouds.yaml"));
        assertThat(directory().profile("prod").regionName()).isEqualTo("RegionOne");
        assertThatThrownBy(() -> directory().profile("nope")).isInstanceOf(OpenStackException.class)
                .hasMessageContaining("prod");
    }

    @Test
    void nothingFoundIsAnEmptyListingNotAnError() throws Exception {
        assertThat(directory().list().cloudNames()).isEmpty();
        assertThat(directory().list().filesRead()).isEmpty();
    }

    @Test
    void enteredCredentialsAreSavedWithTheSecretOnlyInSecureYaml() throws Exception {
        CloudProfile entered = new CloudProfile("mycloud", new CloudAuth.ApplicationCredential(
                "https://keystone.example.com:5000/v3", "ac-1", null, null, null, Secret.of("very-secret")),
                null, null, null, false, "entered in the wizard");
        Path written = directory().save("mycloud", entered);

        assertThat(written).isEqualTo(home.resolve(".config/openstack/clouds.yaml"));
        assertThat(Files.readString(written)).contains("mycloud").doesNotContain("very-secret");
        assertThat(Files.readString(written.resolveSibling("secure.yaml"))).contains("very-secret");
        assertThat(directory().list().cloudNames()).containsExactly("mycloud");
    }
}
