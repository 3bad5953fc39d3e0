package io.opencenter.installer.gitops.publish;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real smart-HTTP Git server on 127.0.0.1 for a test class: the test bed's {@code testbed/kube/git-http.py}
 * ({@code git http-backend} behind python's http.server) started on its own free port, with its own repository root,
 * optionally requiring a token. Also runs the real {@code git} CLI to check what a test pushed. A missing python3 or
 * git skips the test locally and fails it under {@code CI=true}.
 */
public final class GitHttpServer implements AutoCloseable {

    private static final Path SCRIPT = Path.of("testbed/kube/git-http.py");

    private final Process process;
    private final Path root;
    private final int port;

    private GitHttpServer(Process process, Path root, int port) {
        this.process = process;
        this.root = root;
        this.port = port;
    }

    /** Starts a server over {@code root}; with a token, every request needs it (basic auth password). */
    public static GitHttpServer start(Path root, String token) throws IOException {
        requireTool("/usr/bin/python3", "python3");
        requireTool("/usr/bin/git", "git");
        if (!Files.isRegularFile(SCRIPT)) {
            fail(SCRIPT.toAbsolutePath() + " not found: tests run from the project root");
        }
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", SCRIPT.toString(), root.toString(), "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("GIT_HTTP_TOKEN");
        if (token != null) {
            pb.environment().put("GIT_HTTP_TOKEN", token); // the server's env, not its arguments
        }
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = first.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("git-http.py did not say its port in 20 s", e);
        }
        if (line == null || !line.startsWith("listening on 127.0.0.1:")) {
            p.destroyForcibly();
            throw new IOException("git-http.py did not start: " + line);
        }
        return new GitHttpServer(p, root, Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).strip()));
    }

    /** The URL of repository {@code name} ("demo" → http://127.0.0.1:PORT/demo.git). */
    public String url(String name) {
        return "http://127.0.0.1:" + port + "/" + name + ".git";
    }

    /** The bare repository on disk behind {@link #url}. */
    public Path bare(String name) {
        return root.resolve(name + ".git");
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

    /** Runs the real git CLI in {@code dir}; fails the test on a non-zero exit. Returns stdout. */
    public static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/git", "-c", "user.name=A User",
                "-c", "user.email=user@example.invalid", "-c", "init.defaultBranch=main",
                "-c", "protocol.version=2"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("HOME", dir.toString()); // no user's ~/.gitconfig
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("git " + String.join(" ", args) + " did not finish in 60 s");
        }
        if (p.exitValue() != 0) {
            fail("git " + String.join(" ", args) + " exited " + p.exitValue() + ": " + out);
        }
        return out;
    }

    private static void requireTool(String path, String name) {
        boolean present = Files.isExecutable(Path.of(path));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(name + " (" + path + ") is missing: the Git publishing tests need a real Git server");
        }
        assumeTrue(present, name + " (" + path + ") is missing: the Git publishing tests are skipped");
    }
}
