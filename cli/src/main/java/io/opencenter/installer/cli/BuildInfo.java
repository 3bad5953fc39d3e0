package io.opencenter.installer.cli;

import io.opencenter.installer.workspace.InstallerVersion;
import picocli.CommandLine.IVersionProvider;

/** Version text for {@code --version}. */
public final class BuildInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"opencenter-installer " + version(), "Java " + System.getProperty("java.version")};
    }

    public static String version() {
        return InstallerVersion.current();
    }
}
