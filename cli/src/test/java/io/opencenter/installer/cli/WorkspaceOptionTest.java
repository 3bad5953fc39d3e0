package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class WorkspaceOptionTest {

    private static Path workspaceOf(String... args) {
        CommandLine cli = InstallerCommand.commandLine(CliWiring.ofProcess());
        ParseResult parsed = cli.parseArgs(args);
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return WorkspaceOption.of(parsed.commandSpec()).root();
    }

    @Test
    void theWorkspaceMayBeGivenBeforeOrAfterTheSubcommand() {
        Path ws = Path.of("/srv/ws-test").toAbsolutePath();
        assertThat(workspaceOf("--workspace", ws.toString(), "apply", "-f", "c.yaml")).isEqualTo(ws);
        assertThat(workspaceOf("apply", "--workspace", ws.toString(), "-f", "c.yaml")).isEqualTo(ws);
        assertThat(workspaceOf("export", "tofu", "--workspace", ws.toString(), "-f", "c.yaml", "-o", "d"))
                .isEqualTo(ws);
    }
}
