package io.opencenter.installer.bootstrap.pki;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real programs the tests hold our output to (openssl, kubectl, kubeadm, sops), found where the test bed's
 * env says ({@code KUBE_TESTBED_BIN}, {@code KUBE_TESTBED_KUBECTL}, {@code KUBE_TESTBED_SOPS}) or, for kubeadm and
 * sops without that env, in the test
 * bed's build cache ({@code KUBE_TESTBED_CACHE}, default {@code /var/tmp/opencenter-kube-testbed}, as
 * testbed/kube/README.md documents). A missing program skips the test locally and fails it under {@code CI=true}.
 */
public final class RealTools {
    private static final String DEFAULT_CACHE = "/var/tmp/opencenter-kube-testbed";

    private RealTools() {}

    /** What a finished program left. */
    public record Run(int exit, String out, String err) {
        public Run ok() {
            if (exit != 0) {
                fail("exit " + exit + "; stderr: " + err + "; stdout: " + out);
            }
            return this;
        }
    }

    public static Path openssl() {
        return firstExecutable("openssl", Stream.of(Path.of("/usr/bin/openssl"))).orElseGet(() -> missing(
                "openssl (/usr/bin/openssl or on PATH)"));
    }

    public static Path kubectl() {
        Stream<Path> candidates = Stream.of(env("KUBE_TESTBED_KUBECTL").map(Path::of),
                env("KUBE_TESTBED_BIN").map(b -> Path.of(b, "kubectl")), Optional.of(Path.of("/usr/bin/kubectl")))
                .flatMap(Optional::stream);
        return firstExecutable("kubectl", candidates).orElseGet(() -> missing("kubectl (KUBE_TESTBED_KUBECTL, "
                + "$KUBE_TESTBED_BIN/kubectl, /usr/bin/kubectl or on PATH)"));
    }

    /** The test bed's kubeadm only: its version is the one the installer pins, unlike a random one on PATH. */
    public static Path kubeadm() {
        Optional<Path> bin = env("KUBE_TESTBED_BIN").map(b -> Path.of(b, "kubeadm")).filter(Files::isExecutable);
        return bin.or(() -> inCache("kubeadm")).orElseGet(() -> missing("the test bed's kubeadm ($KUBE_TESTBED_BIN/"
                + "kubeadm, or <KUBE_TESTBED_CACHE>/k8s-*/bin/kubeadm; build it with testbed/kube/build.sh)"));
    }

    /** The test bed's sops only: the format the installer writes follows that pinned release. */
    public static Path sops() {
        Stream<Path> candidates = Stream.of(env("KUBE_TESTBED_SOPS").map(Path::of),
                env("KUBE_TESTBED_BIN").map(b -> Path.of(b, "sops")), inCache("sops")).flatMap(Optional::stream);
        return candidates.filter(Files::isExecutable).findFirst().orElseGet(() -> missing("the test bed's sops "
                + "($KUBE_TESTBED_SOPS, $KUBE_TESTBED_BIN/sops, or <KUBE_TESTBED_CACHE>/k8s-*/bin/sops; build it "
                + "with testbed/kube/build.sh)"));
    }

    /** {@code name} in the newest build of the test bed's cache ({@code <KUBE_TESTBED_CACHE>/k8s-*}{@code /bin}). */
    private static Optional<Path> inCache(String name) {
        Path cache = Path.of(env("KUBE_TESTBED_CACHE").orElse(DEFAULT_CACHE));
        if (!Files.isDirectory(cache)) {
            return Optional.empty();
        }
        try (Stream<Path> keys = Files.list(cache)) {
            return keys.filter(k -> k.getFileName().toString().startsWith("k8s-"))
                    .map(k -> k.resolve("bin").resolve(name)).filter(Files::isExecutable)
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> firstExecutable(String name, Stream<Path> candidates) {
        List<Path> all = new ArrayList<>(candidates.toList());
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                all.add(Path.of(dir, name));
            }
        }
        return all.stream().filter(Files::isExecutable).findFirst();
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    /** Skips the test (locally) or fails it (under CI=true), naming what is missing. */
    public static <T> T missing(String what) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(what + " is missing (CI=true: this test must run in CI)");
        }
        Assumptions.assumeTrue(false, what + " is missing; test skipped");
        throw new IllegalStateException("unreachable");
    }

    /** Runs {@code command} with {@code env} added to this process's environment; 60 s at most. */
    public static Run run(Map<String, String> env, Path workDir, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                new File("/dev/null")));
        builder.environment().putAll(env);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in 60 s");
            }
            return new Run(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Run run(String... command) {
        return run(Map.of(), null, command);
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
