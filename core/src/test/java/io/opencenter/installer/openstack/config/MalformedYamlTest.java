package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken file is a finding with file, line and column, never a crash and never a quoted secret. */
class MalformedYamlTest {
    @TempDir
    Path root;
    ConfigDirs dirs;

    @BeforeEach
    void setUp() {
        dirs = new ConfigDirs(root);
    }

    @Test
    void badIndentationGivesFileLineAndColumn() {
        Path file = write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  c:
                    auth:
                      auth_url: http://h:5000/v3
                     username: u
                """);

        CloudsConfig config = dirs.load();

        assertThat(config.names()).isEmpty();
        Finding f = config.findings().get(0);
        assertThat(f.isError()).isTrue();
        assertThat(f.message()).startsWith(file + ", line 5, column ");
        assertThat(f.hint()).contains("indentation");
    }

    @Test
    void aTabIsReportedWhereItIs() {
        write(dirs.cwd.resolve("clouds.yaml"), "clouds:\n  c:\n\tauth: {}\n");

        Finding f = dirs.load().findings().get(0);

        assertThat(f.message()).contains("line 3, column 1");
    }

    @Test
    void aMalformedSecureYamlIsReportedWithItsOwnName() {
        write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  c:
                    auth: {auth_url: 'http://h:5000/v3', username: u, project_name: x}
                """);
        Path secure = write(dirs.cwd.resolve("secure.yaml"), "clouds:\n  c:\n    auth: {password: [unclosed\n");

        CloudsConfig config = dirs.load();

        assertThat(config.findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith(secure + ", line "));
    }

    @Test
    void anAliasLookingPasswordIsExplainedWithoutQuotingIt() {
        Path file = write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  c:
                    auth:
                      password: *Xy9-hunter2-secret
                """);

        CloudsConfig config = dirs.load();

        Finding f = config.findings().get(0);
        assertThat(f.message()).startsWith(file + ", line 4, column ").contains("quotes")
                .doesNotContain("hunter2");
        assertThatThrownBy(() -> config.require("c"))
                .hasMessageNotContaining("hunter2")
                .hasMessageContaining("line 4");
    }

    @Test
    void redactionCutsSecretValuesOutOfAnyParserMessage() {
        String text = "clouds:\n  c:\n    auth:\n      password: 'pa55-Word'\n      token: tk-999\n";

        assertThat(YamlFile.redact("found pa55-Word near tk-999", text)).isEqualTo("found ****** near ******");
    }

    @Test
    void aFileThatIsNotAMappingIsReported() {
        write(dirs.cwd.resolve("clouds.yaml"), "- just\n- a list\n");

        assertThat(dirs.load().findings()).singleElement().extracting(Finding::message).asString()
                .contains("expected a mapping with a clouds: section").contains("a list");
    }

    @Test
    void cloudsThatIsNotAMappingIsReported() {
        write(dirs.cwd.resolve("clouds.yaml"), "clouds: [a, b]\n");

        assertThat(dirs.load().findings()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("clouds");
            assertThat(f.message()).contains("clouds must be a mapping");
        });
    }

    @Test
    void anEmptyFileIsNoCloudsAndNoError() {
        write(dirs.cwd.resolve("clouds.yaml"), "");

        CloudsConfig config = dirs.load();

        assertThat(config.clouds()).isEmpty();
        assertThat(config.findings()).isEmpty();
        assertThat(config.cloudsFile()).isNotNull();
    }
}
