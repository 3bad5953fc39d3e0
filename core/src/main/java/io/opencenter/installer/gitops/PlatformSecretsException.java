package io.opencenter.installer.gitops;

import java.nio.file.Path;

/** The kept platform credentials are damaged: names the file and what to do; never quotes its content. */
public final class PlatformSecretsException extends RuntimeException {
    private final transient Path file;

    public PlatformSecretsException(Path file, String problem) {
        super("the platform credentials file " + file + " " + problem + ". Restore it from a backup of the workspace; "
                + "if it is lost, delete it to make new credentials (the services' admin passwords then change on the "
                + "next GitOps run)");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
