package io.opencenter.installer.cli;

import io.opencenter.installer.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The workspace of a run: the root command's {@code --workspace DIR}, which every subcommand inherits (given
 * before or after the subcommand's name, picocli sets it on the root), else the environment or the OS default.
 */
final class WorkspaceOption {
    private WorkspaceOption() {}

    static Workspace of(CommandSpec spec) {
        Object root = spec.root().userObject();
        if (root instanceof InstallerCommand installer) {
            return installer.workspace();
        }
        return Workspace.resolve(null);
    }
}
