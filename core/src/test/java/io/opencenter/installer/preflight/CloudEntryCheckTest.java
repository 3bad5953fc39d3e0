package io.opencenter.installer.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.config.CloudsConfig;
import io.opencenter.installer.openstack.config.CloudsYaml;
import io.opencenter.installer.openstack.config.ConfigLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudEntryCheckTest {
    private static final String ENTRY = """
              %s:
                auth:
                  auth_url: https://keystone.example:5000/v3
                  username: alice
                  password: pw
                  project_name: prod
                  user_domain_name: Default
                  project_domain_name: Default
            """;

    @TempDir
    Path home;

    private CloudsConfig clouds(Map<String, String> env, String... names) throws IOException {
        StringBuilder yaml = new StringBuilder("clouds:\n");
        for (String n : names) {
            yaml.append(ENTRY.formatted(n));
        }
        if (names.length > 0) {
            Files.writeString(home.resolve("clouds.yaml"), yaml);
        }
        return CloudsYaml.load(new ConfigLocations(env, home, home, home.resolve("etc")));
    }

    @Test
    void aKnownNameResolves() throws IOException {
        var r = CloudEntryCheck.resolve(clouds(Map.of(), "prod", "staging"), "staging", "Sandbox");
        assertThat(r.findings()).isEmpty();
        assertThat(r.profile().name()).isEqualTo("staging");
    }

    @Test
    void anUnknownNameListsTheCloudsAndTheFileRead() throws IOException {
        var r = CloudEntryCheck.resolve(clouds(Map.of(), "prod", "staging"), "prdo", "Sandbox");
        assertThat(r.profile()).isNull();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.name");
            assertThat(f.message()).isEqualTo("there is no cloud named prdo (read " + home.resolve("clouds.yaml") + ")");
            assertThat(f.hint()).isEqualTo("did you mean prod? (available clouds: prod, staging)");
        });
    }

    @Test
    void withoutAnyCloudsYamlTheSandboxIsSuggested() throws IOException {
        var r = CloudEntryCheck.resolve(clouds(Map.of()), "prod", "Sandbox (simulated cloud)");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("no clouds.yaml found; looked for " + home.resolve("clouds.yaml"));
            assertThat(f.hint()).contains("spec.cloud.sandbox: true").contains("Sandbox (simulated cloud)");
        });
    }

    @Test
    void aBlankNameTakesTheDefaultCloudFromOsCloud() throws IOException {
        var r = CloudEntryCheck.resolve(clouds(Map.of("OS_CLOUD", "staging"), "prod", "staging"), null, "Sandbox");
        assertThat(r.profile().name()).isEqualTo("staging");
        var none = CloudEntryCheck.resolve(clouds(Map.of(), "prod", "staging"), " ", "Sandbox");
        assertThat(none.findings()).singleElement().extracting(f -> f.message()).asString()
                .startsWith("no cloud is named and there is no default cloud");
    }

    @Test
    void anEntryThatCannotBeUsedSaysWhy() throws IOException {
        Files.writeString(home.resolve("clouds.yaml"), """
                clouds:
                  broken:
                    auth_type: kerberos
                    auth:
                      auth_url: https://keystone.example:5000/v3
                """);
        var r = CloudEntryCheck.resolve(CloudsYaml.load(new ConfigLocations(Map.of(), home, home,
                home.resolve("etc"))), "broken", "Sandbox");
        assertThat(r.profile()).isNull();
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.path()).isEqualTo("spec.cloud.name");
            assertThat(f.message()).startsWith("cloud broken cannot be used: ");
        });
    }
}
