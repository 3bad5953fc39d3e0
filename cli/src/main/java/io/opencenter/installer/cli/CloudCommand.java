package io.opencenter.installer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "cloud", mixinStandardHelpOptions = true,
        description = "Lists the clouds the installer can use and tests a connection to one.",
        subcommands = {CloudListCommand.class, CloudTestCommand.class, CommandLine.HelpCommand.class})
final class CloudCommand {
}
