package io.opencenter.installer;

import io.opencenter.installer.cli.InstallerCommand;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The wizard without a display: said in two lines with the commands to use instead, exit 1, no stack trace. Known
 * before JavaFX starts on Linux (neither DISPLAY nor WAYLAND_DISPLAY); elsewhere, or when a display is named but
 * cannot be opened, known from the {@link UnsupportedOperationException} JavaFX throws when it starts.
 */
final class NoDisplay {
    static final int EXIT = 1;

    private NoDisplay() {}

    /**
     * Why there is no display, when that is known before starting JavaFX; empty otherwise (a display is named, the
     * OS is not Linux/BSD, or JavaFX runs without one: Monocle's headless platform).
     */
    static Optional<String> missing(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11 = os.contains("linux") || os.contains("bsd") || os.contains("sunos");
        if (!x11 || "monocle".equalsIgnoreCase(glassPlatform) || set(env, "DISPLAY") || set(env, "WAYLAND_DISPLAY")) {
            return Optional.empty();
        }
        return Optional.of("neither DISPLAY nor WAYLAND_DISPLAY is set");
    }

    /** The JavaFX start failure that means "no display", if {@code e} or a cause is one. */
    static Optional<String> cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedOperationException) {
                String message = t.getMessage();
                return Optional.of(message == null || message.isBlank() ? "JavaFX cannot open a window" : message);
            }
        }
        return Optional.empty();
    }

    /** Prints the explanation and the commands to use instead; returns the exit code. */
    static int explain(String reason, PrintStream err) {
        err.println("error: the wizard needs a display, and there is none (" + reason + ").");
        err.println("Use the command line instead: opencenter-installer <command>, where <command> is one of "
                + String.join(", ", InstallerCommand.commandNames())
                + " ('opencenter-installer --help' describes them).");
        err.flush();
        return EXIT;
    }

    private static boolean set(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
