package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.workspace.InstallerVersion;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The About box's text: the installer's version (filled in by Maven) and the Java and JavaFX it runs on. */
final class AboutText {
    private AboutText() {}

    static String of(ResourceBundle messages) {
        return MessageFormat.format(messages.getString("help.about.text"), version(),
                System.getProperty("java.version", "?"), System.getProperty("java.vendor", "?"),
                System.getProperty("javafx.runtime.version", "?"));
    }

    static String version() {
        return InstallerVersion.current();
    }
}
