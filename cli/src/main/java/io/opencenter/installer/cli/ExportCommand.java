package io.opencenter.installer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the cluster in other tools' formats.",
        subcommands = {ExportTofuCommand.class, CommandLine.HelpCommand.class})
final class ExportCommand {
}
