package io.opencenter.installer.cli;

import io.opencenter.installer.workspace.FileLog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Runs the parsed command between two log lines: which command started (with the names of the options given, never
 * their values: a value may be a path to a config or, some day, a secret) and how it ended. For the real command
 * line it first starts the workspace's log file, once the workspace option is known.
 */
final class CommandRunLog implements IExecutionStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(InstallerCommand.class);

    private final boolean fileLog;

    /** @param fileLog start the workspace log file (the real command line; tests leave the workspace alone) */
    CommandRunLog(boolean fileLog) {
        this.fileLog = fileLog;
    }

    @Override
    public int execute(ParseResult parseResult) {
        if (fileLog && !onlyHelp(parseResult)
                && parseResult.commandSpec().userObject() instanceof InstallerCommand root) {
            FileLog.start(root.workspace());
        }
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        String command = last.commandSpec().qualifiedName();
        LOG.info("command {} started{}", command, options(parseResult));
        try {
            int code = new CommandLine.RunLast().execute(parseResult);
            LOG.info("command {} ended with exit code {}", command, code);
            return code;
        } catch (RuntimeException e) {
            LOG.info("command {} ended with an error: {}", command, e.getMessage());
            throw e;
        }
    }

    /** {@code --help}, {@code --version} and {@code help} touch no workspace, so they create none. */
    private static boolean onlyHelp(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()
                    || p.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return true;
            }
        }
        return false;
    }

    private static String options(ParseResult parseResult) {
        List<String> names = new java.util.ArrayList<>();
        for (ParseResult p = parseResult; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            for (OptionSpec o : p.matchedOptions()) {
                names.add(o.longestName());
            }
        }
        return names.isEmpty() ? "" : " (options " + String.join(" ", names) + ")";
    }
}
