package io.opencenter.installer.provision.reliability;

import io.opencenter.installer.net.DestinationPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts {@link ApplyChild} in a new JVM with the test JVM's own class path. The class path goes through a
 * {@code java @argfile} (it may be long, and Surefire's may be a manifest-only jar, which the JVM follows as well);
 * the cloud is named by {@code OS_CLIENT_CONFIG_FILE}/{@code OS_CLOUD} in the child's environment, never by a
 * secret in its arguments. Output goes to a log file per child.
 */
final class ChildJvm {

    private final Path argFile;
    private final Path cloudsYaml;
    private final String cloudName;

    ChildJvm(Path workDir, Path cloudsYaml, String cloudName) {
        this.cloudsYaml = cloudsYaml;
        this.cloudName = cloudName;
        this.argFile = workDir.resolve("child-classpath.args");
        try {
            Files.createDirectories(workDir);
            String cp = System.getProperty("java.class.path");
            Files.writeString(argFile, "-cp \"" + cp.replace("\\", "\\\\") + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts one apply of {@code config} in {@code workspace}; its stdout and stderr go to {@code log}. */
    Process startApply(Path config, Path workspace, long pollMs, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("@" + argFile);
        // A short-lived child: C1 only starts faster and leaves the second core to the cloud and the parent.
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        // the child's HTTP clients obey the same loopback rule as this JVM's (net.HttpClients)
        cmd.add("-D" + DestinationPolicy.PROPERTY + "="
                + (DestinationPolicy.current() == DestinationPolicy.LOOPBACK_ONLY));
        cmd.add(ApplyChild.class.getName());
        cmd.add(config.toString());
        cmd.add(workspace.toString());
        cmd.add(Long.toString(pollMs));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("OS_")); // only the cloud this test names, no stray credentials
        env.put("OS_CLIENT_CONFIG_FILE", cloudsYaml.toString());
        env.put("OS_CLOUD", cloudName);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the apply child JVM", e);
        }
    }
}
