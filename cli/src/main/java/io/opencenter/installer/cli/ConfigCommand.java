package io.opencenter.installer.cli;

import io.opencenter.installer.platform.Catalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that reads one cluster config ({@code -f FILE}): the picocli plumbing all of them share. */
abstract class ConfigCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The rest of a command once its config is known to be valid. */
    @FunctionalInterface
    interface WithValidConfig {
        int run(ConfigCheck check, Catalog catalog);
    }

    /**
     * Runs {@code body} on the valid config; otherwise prints its findings (or why it could not be read), says
     * {@code outcome} (what was not done), and returns the exit code.
     */
    int withValidConfig(FindingsReport.Format format, String outcome, WithValidConfig body) {
        Catalog catalog = Catalog.builtIn();
        ConfigCheck check;
        try {
            check = ConfigCheck.requireValid(config.file, catalog, format, out(), err(), outcome);
        } catch (CommandExit e) {
            return e.code();
        }
        return body.run(check, catalog);
    }
}
