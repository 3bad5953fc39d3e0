package io.opencenter.installer.cli;

/**
 * The headless entry: the CLI module's jar runs without JavaFX on the class path ({@code java -cp
 * 'opencenter-installer-cli.jar:lib/*' io.opencenter.installer.cli.CliMain validate -f cluster.yaml}). The desktop
 * module's {@code Main} hands every subcommand to the same {@link InstallerCommand}.
 */
public final class CliMain {
    private CliMain() {}

    public static void main(String[] args) {
        System.exit(InstallerCommand.run(args));
    }
}
