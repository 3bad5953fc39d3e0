package io.opencenter.installer;

import io.opencenter.installer.cli.InstallerCommand;
import io.opencenter.installer.ui.InstallerApp;
import io.opencenter.installer.ui.LaunchOptions;
import io.opencenter.installer.workspace.FileLog;
import io.opencenter.installer.workspace.Workspace;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One entry for both faces: no subcommand opens the wizard, a subcommand runs the CLI. Only the wizard's own
 * options ({@code --workspace}, {@code --smoke-screenshot}, {@code --exit-when-shown}, {@code --print-when-shown})
 * and an offline bundle's path (what the desktop passes when one is double-clicked) may stand alone.
 */
public final class Main {
    private static final Set<String> WIZARD_OPTIONS_WITH_VALUE = Set.of("--smoke-screenshot", "--workspace");
    private static final Set<String> WIZARD_FLAGS = Set.of("--exit-when-shown", "--print-when-shown");

    private Main() {}

    public static void main(String[] args) {
        if (isWizardInvocation(args)) {
            int exit = wizard(System.getenv(), System.getProperty("os.name", ""),
                    System.getProperty("glass.platform"), System.err, () -> {
                        Workspace workspace = Workspace.resolve(workspaceOption(args));
                        startFileLogInBackground(workspace); // the CLI starts it once picocli has read --workspace
                        InstallerApp.launchWizard(workspace, withoutWorkspace(args));
                    });
            if (exit != 0) {
                System.exit(exit);
            }
            return;
        }
        System.exit(InstallerCommand.run(args));
    }

    /**
     * Starts the wizard through {@code launch}, unless there is no display: then says so (before anything is
     * created) and returns {@link NoDisplay#EXIT}; 0 when the wizard ran.
     */
    static int wizard(Map<String, String> env, String osName, String glassPlatform, PrintStream err,
            Runnable launch) {
        Optional<String> missing = NoDisplay.missing(env, osName, glassPlatform);
        if (missing.isPresent()) {
            return NoDisplay.explain(missing.get(), err);
        }
        try {
            launch.run();
            return 0;
        } catch (RuntimeException e) {
            Optional<String> cause = NoDisplay.cause(e);
            if (cause.isEmpty()) {
                throw e;
            }
            return NoDisplay.explain(cause.get(), err);
        }
    }

    /**
     * The wizard's first frame does not wait for the log file (Logback's appender, the workspace folders): it opens
     * on a second thread while JavaFX starts. Lines logged before it is open reach stderr only.
     */
    private static void startFileLogInBackground(Workspace workspace) {
        Thread opener = new Thread(() -> FileLog.start(workspace), "file-log-start");
        opener.setDaemon(true);
        opener.start();
    }

    static boolean isWizardInvocation(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (WIZARD_OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!WIZARD_FLAGS.contains(arg) && !arg.startsWith("--workspace=")
                    && !arg.endsWith(LaunchOptions.BUNDLE_SUFFIX)) {
                return false;
            }
        }
        return true;
    }

    static Path workspaceOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workspace") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--workspace=")) {
                return Path.of(args[i].substring("--workspace=".length()));
            }
        }
        return null;
    }

    private static String[] withoutWorkspace(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workspace")) {
                i++;
            } else if (!args[i].startsWith("--workspace=")) {
                rest.add(args[i]);
            }
        }
        return rest.toArray(String[]::new);
    }
}
