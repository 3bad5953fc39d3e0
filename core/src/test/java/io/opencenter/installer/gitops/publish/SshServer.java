package io.opencenter.installer.gitops.publish;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Debian's real OpenSSH server ({@code /usr/sbin/sshd}, package openssh-server, which .ci/run installs) as a test
 * fixture: on 127.0.0.1 and a free port, with a host key and authorized_keys made here, public keys only, for the
 * user running the tests; git runs over it as over any ssh Git host. A missing sshd or ssh-keygen skips locally
 * and fails under {@code CI=true}.
 */
final class SshServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path hostPublicKey;

    private SshServer(Process process, int port, Path hostPublicKey) {
        this.process = process;
        this.port = port;
        this.hostPublicKey = hostPublicKey;
    }

    /** Starts sshd over {@code dir} (its keys and config go there), letting in the holder of {@code clientKey}. */
    static SshServer start(Path dir, Path clientPublicKey) throws IOException, InterruptedException {
        require("/usr/sbin/sshd");
        Path hostKey = keyPair(dir, "host_ed25519");
        Path authorized = dir.resolve("authorized_keys");
        Files.copy(clientPublicKey, authorized);
        // privilege separation needs its empty directory; the package makes it only when its service starts
        if (!Files.isDirectory(Path.of("/run/sshd")) && "root".equals(System.getProperty("user.name"))) {
            Files.createDirectories(Path.of("/run/sshd"));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "HostKey " + hostKey,
                "AuthorizedKeysFile " + authorized,
                "PidFile none",
                "UsePAM no",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes",
                "PermitRootLogin prohibit-password",
                "StrictModes no",
                "AllowUsers " + System.getProperty("user.name"),
                "") );
        Process p = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> listening = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line; (line = err.readLine()) != null; ) {
                    if (line.contains("Server listening on 127.0.0.1 port " + port)) {
                        // keep draining sshd's log, or it blocks once the pipe is full
                        Thread drain = new Thread(() -> {
                            try {
                                while (err.readLine() != null) {
                                    // discarded: per-connection log lines
                                }
                            } catch (IOException ignored) {
                                // sshd ended
                            }
                        }, "sshd-log");
                        drain.setDaemon(true);
                        drain.start();
                        return null;
                    }
                    seen.append(line).append('\n');
                }
            } catch (IOException e) {
                seen.append(e);
            }
            return seen.toString();
        });
        String failure;
        try {
            failure = listening.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("sshd did not listen in 20 s", e);
        }
        if (failure != null) {
            p.destroyForcibly();
            fail("sshd did not start: " + failure);
        }
        return new SshServer(p, port, hostKey.resolveSibling("host_ed25519.pub"));
    }

    /** Makes an ed25519 key pair (no passphrase) with the real ssh-keygen; returns the private key file. */
    static Path keyPair(Path dir, String name) throws IOException, InterruptedException {
        require("/usr/bin/ssh-keygen");
        Path key = dir.resolve(name);
        Process p = new ProcessBuilder("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f",
                key.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("ssh-keygen failed: " + out);
        }
        return key;
    }

    /** ssh://USER@127.0.0.1:PORT/ABSOLUTE-PATH */
    String url(Path bareRepository) {
        return "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + bareRepository.toAbsolutePath();
    }

    /** A known_hosts file naming this server's host key. */
    Path knownHosts(Path file) throws IOException {
        String[] pub = Files.readString(hostPublicKey).strip().split(" ");
        Files.writeString(file, "[127.0.0.1]:" + port + " " + pub[0] + " " + pub[1] + "\n");
        return file;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void require(String tool) {
        boolean present = Files.isExecutable(Path.of(tool));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(tool + " is missing: the ssh publishing test needs Debian's openssh-server (.ci/run installs it)");
        }
        assumeTrue(present, tool + " is missing (apt-get install openssh-server): the ssh publishing test is skipped");
    }
}
