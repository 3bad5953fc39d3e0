package io.opencenter.installer.cli;

import io.opencenter.installer.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command; without a subcommand {@code Main} opens the wizard instead. */
@Command(name = "opencenter-installer",
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
        description = "Installs an openCenter Kubernetes cluster on OpenStack. Without a command: opens the wizard.",
        subcommands = {ValidateCommand.class, DiagramCommand.class, CloudCommand.class, PreflightCommand.class,
                PlanCommand.class, ApplyCommand.class, KubeconfigCommand.class, DestroyCommand.class, ExportCommand.class,
                SupportBundleCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (unreadable file, bad option, I/O error)",
                "2:the config has findings of severity error"})
public final class InstallerCommand {

    @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder for configs, journals, keys, logs and sandbox state "
                    + "(default: $" + Workspace.ENV + ", else the OS convention, e.g. ~/.local/share/opencenter-installer).")
    Path workspaceDir;

    Workspace workspace() {
        return Workspace.resolve(workspaceDir);
    }

    /**
     * Runs the command line of the process and returns the exit code; never calls System.exit. Writes the log
     * file of the workspace the command uses. The commands work with the process's own clouds
     * ({@link CliWiring#ofProcess()}).
     */
    public static int run(String... args) {
        return run(CliWiring.ofProcess(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), true,
                args);
    }

    /** Runs the CLI with the given streams and no log file (tests call this; their workspaces are throwaway). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(CliWiring.ofProcess(), out, err, false, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with the commands built by {@code wiring}. */
    public static int run(CliWiring wiring, PrintWriter out, PrintWriter err, String... args) {
        return run(wiring, out, err, false, args);
    }

    /** The names of the commands (what a user can run instead of the wizard), in the order of {@code --help}. */
    public static List<String> commandNames() {
        return Arrays.stream(InstallerCommand.class.getAnnotation(Command.class).subcommands())
                .filter(c -> c != CommandLine.HelpCommand.class)
                .map(c -> c.getAnnotation(Command.class).name())
                .toList();
    }

    /** The command tree, its commands built by {@code wiring}. */
    static CommandLine commandLine(CliWiring wiring) {
        return new CommandLine(new InstallerCommand(), wiring);
    }

    private static int run(CliWiring wiring, PrintWriter out, PrintWriter err, boolean fileLog, String... args) {
        CommandLine cli = commandLine(wiring);
        cli.setExecutionStrategy(new CommandRunLog(fileLog));
        cli.setOut(out);
        cli.setErr(err);
        // picocli's default for a usage error is 2, which the contract reserves for findings
        cli.setParameterExceptionHandler((ex, cmdArgs) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("error: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.FAILURE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("error: " + ex.getMessage());
            return ExitCodes.FAILURE;
        });
        return cli.execute(args);
    }
}
