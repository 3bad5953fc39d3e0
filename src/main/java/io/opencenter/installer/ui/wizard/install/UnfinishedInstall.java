package io.opencenter.installer.ui.wizard.install;

import java.nio.file.Path;
import java.time.Instant;

/** An install in the workspace whose last apply did not end complete: Welcome offers to resume it. */
public record UnfinishedInstall(String cluster, Path config, Instant lastActivity) {}
