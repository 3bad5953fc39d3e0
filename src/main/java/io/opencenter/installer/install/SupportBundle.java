package io.opencenter.installer.install;

import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A zip a user attaches to a bug report: the redacted logs, each cluster's journal, config copy and last preflight
 * results, and the versions of the installer, Java and the OS. Nothing in it is a secret.
 */
public final class SupportBundle {
    private SupportBundle() {}

    /** Writes the bundle to {@code target} (replaced if present, mode 0600) and says what went in. */
    public static SupportBundleReport write(Workspace workspace, Path target) throws IOException {
        throw new UnsupportedOperationException("TODO(issue 6): support bundle");
    }
}
