package io.opencenter.installer.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The installer's version from {@code version.properties}, which Maven fills in at build time. Here rather than in
 * the CLI because the support bundle (install) and the wizard need it too.
 */
public final class InstallerVersion {
    private InstallerVersion() {}

    /** The version, or {@code unknown} when the file is missing (a build that skipped resource filtering). */
    public static String current() {
        Properties props = new Properties();
        try (InputStream in = InstallerVersion.class.getResourceAsStream("/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return props.getProperty("version", "unknown");
    }
}
