package io.opencenter.installer.cli;

import io.opencenter.installer.net.DestinationPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real CLI in a child JVM (for tests that signal or kill it), its output in {@code log}. */
final class CliChild {
    private CliChild() {
    }

    static Process start(Path home, Path log, String... args) throws IOException {
        Path argFile = home.resolve("cp.args");
        Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "@" + argFile, "-XX:TieredStopAtLevel=1",
                // the child's HTTP clients obey the same loopback rule as this JVM's (net.HttpClients)
                "-D" + DestinationPolicy.PROPERTY + "=" + (DestinationPolicy.current()
                        == DestinationPolicy.LOOPBACK_ONLY), CliMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
