package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are not sane text, given as the config ({@code -f}) or found as clouds.yaml: each is exit 1 (or a
 * finding) with a sentence naming the file, no stack trace, no secret, and nothing created in the workspace.
 */
class BadInputFilesTest {
    private static final String SECRET = "hunter2-Xy9-secret";

    @TempDir
    Path home;

    /** A bad file: how to make it (in a folder) and what the message says after the file's name. */
    record Bad(String name, Maker make, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Maker {
        Path make(Path file) throws Exception;
    }

    static Stream<Bad> cases() {
        String example = "apiVersion: installer.opencenter.io/v1alpha1\nkind: Cluster\nmetadata:\n  name: demo\n"
                + "spec:\n  cloud:\n    sandbox: true\n    password: " + SECRET + "\n";
        return Stream.of(
                new Bad("a folder", Files::createDirectory, " is a folder, not a file"),
                new Bad("a FIFO", f -> {
                    Process p = new ProcessBuilder("mkfifo", f.toString()).start();
                    p.waitFor(10, TimeUnit.SECONDS);
                    return f;
                }, " is not a regular file (a device, FIFO or socket)"),
                new Bad("a 50 MB file", f -> {
                    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                        ch.write(ByteBuffer.wrap(SECRET.getBytes(StandardCharsets.UTF_8)), 50L * 1024 * 1024 - 20);
                    }
                    return f;
                }, ": file too large (50 MB, limit 4 MB)"),
                new Bad("a binary file", f -> Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
                        '\n', (byte) 0xff, (byte) 0xfe}), " is not UTF-8 text (a byte that is not UTF-8 on line 1)"),
                new Bad("Latin-1 text", f -> Files.write(f, example.replace("demo", "d\u00e9mo")
                        .getBytes(StandardCharsets.ISO_8859_1)), " is not UTF-8 text (a byte that is not UTF-8 on line 4)"),
                new Bad("a control character on line 7", f -> Files.writeString(f,
                        example.replace("    sandbox: true", "    sandbox: tr\u0007ue")),
                        " is not UTF-8 text: control character U+0007 on line 7, column 16"),
                new Bad("NUL bytes", f -> Files.writeString(f, example + "\u0000\u0000\u0000"),
                        " is not UTF-8 text: control character U+0000 on line 9, column 1 (a binary file?)"));
    }

    @ParameterizedTest(name = "-f {0}")
    @MethodSource("cases")
    void asTheConfig(Bad bad) throws Exception {
        Path file = bad.make().make(home.resolve("cluster.yaml"));
        Path workspace = home.resolve("ws");
        for (String command : new String[] {"validate", "plan", "apply"}) {
            CloudCli.Run r = CloudCli.run(home, "--workspace", workspace.toString(), command, "-f", file.toString());
            assertThat(r.exit()).as(command + ": " + r.err()).isEqualTo(ExitCodes.FAILURE);
            assertThat(r.err()).as(command).contains("error: cannot read config file " + file + bad.says());
            assertNoTraceNoSecret(r);
            assertThat(workspace).as(command + " creates nothing").doesNotExist();
        }
    }

    @ParameterizedTest(name = "clouds.yaml is {0}")
    @MethodSource("cases")
    void asCloudsYaml(Bad bad) throws Exception {
        Path file = bad.make().make(home.resolve("clouds.yaml"));
        Path workspace = home.resolve("ws");
        CloudCli.Run r = CloudCli.run(home, "--workspace", workspace.toString(), "cloud", "list");
        assertNoTraceNoSecret(r);
        if (Files.isDirectory(file) || !Files.isRegularFile(file)) {
            // not a clouds.yaml candidate: passed over like a missing file (the search order's rule), never opened
            // (a FIFO that was opened would block the command), and the list still has the sandbox
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("no clouds.yaml found").contains("Sandbox (simulated cloud)");
            return;
        }
        assertThat(r.out() + r.err()).contains(file + bad.says()).contains("Sandbox (simulated cloud)");
    }

    private static void assertNoTraceNoSecret(CloudCli.Run r) throws IOException {
        String all = r.out() + r.err();
        assertThat(all).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(SECRET)
                .doesNotContain("Input length");
    }

    @org.junit.jupiter.api.Test
    void aPrivateKeyAsSshPublicKeyFileIsRefusedBeforeAnythingIsCreated() throws Exception {
        String body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";
        Path key = Files.writeString(home.resolve("id_ed25519"), "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body
                + "\n-----END OPENSSH PRIVATE KEY-----\n");
        String config = Files.readString(Path.of("examples/sandbox-cluster.yaml"))
                .replace("\nspec:\n", "\nspec:\n  sshPublicKeyFile: " + key + "\n");
        Path file = Files.writeString(home.resolve("cluster.yaml"), config);
        Path workspace = home.resolve("ws");
        for (String command : new String[] {"validate", "plan", "apply"}) {
            CloudCli.Run r = CloudCli.run(home, "--workspace", workspace.toString(), command, "-f", file.toString());
            assertThat(r.exit()).as(command + ": " + r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(r.out()).as(command).contains("ERROR spec.sshPublicKeyFile").contains(key.toString())
                    .contains("holds a private key");
            assertThat(r.out() + r.err()).doesNotContain(body).doesNotContain("Exception");
            assertThat(workspace).as(command + " creates nothing").doesNotExist();
        }
    }
}
