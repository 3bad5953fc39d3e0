package io.opencenter.installer.ui.wizard.review;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** The command line that does what the wizard's Install button does, for the saved config. */
public final class CliCommand {
    public static final String PROGRAM = "opencenter-installer";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private CliCommand() {}

    /** {@code opencenter-installer apply -f <file>}, the path quoted for a POSIX shell when it needs it. */
    public static String apply(Path configFile) {
        return PROGRAM + " apply -f " + shellQuoted(configFile.toString());
    }

    static String shellQuoted(String s) {
        return PLAIN.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
