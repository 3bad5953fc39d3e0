package io.opencenter.installer.ui.wizard;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The About box's text: the installer's version (filled in by Maven) and the Java and JavaFX it runs on. */
final class AboutText {
    /** The key of {@code version.properties}, not of the messages (a constant so MessagesTest does not look for it). */
    private static final String VERSION_KEY = "version";
    private AboutText() {}

    static String of(ResourceBundle messages) {
        return MessageFormat.format(messages.getString("help.about.text"), version(),
                System.getProperty("java.version", "?"), System.getProperty("java.vendor", "?"),
                System.getProperty("javafx.runtime.version", "?"));
    }

    /** From {@code /version.properties}, which is also a resource bundle: one lookup, no stream handling. */
    static String version() {
        try {
            return ResourceBundle.getBundle("version").getString(VERSION_KEY);
        } catch (MissingResourceException e) {
            return "unknown";
        }
    }
}
