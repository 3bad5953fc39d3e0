package io.opencenter.installer.bootstrap.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.opencenter.installer.spec.SupportedVersions;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real tools the user-data tests check their output with (cloud-init, kubeadm, openssl, python3, sh). A missing
 * tool skips the test with its name, except under {@code CI=true}, where it fails: CI installs them.
 */
final class NodeTools {
    /** The test bed's build cache (testbed/kube/README.md): {@code $KUBE_TESTBED_CACHE/<key>/bin}. */
    private static final String DEFAULT_CACHE = "/var/tmp/opencenter-kube-testbed";

    record Result(int exit, String output) {}

    private NodeTools() {}

    /** A program found on PATH (or at one of {@code places}), or a skip/failure naming it and how to get it. */
    static Path program(String name, String howToGetIt, String... places) {
        List<Path> candidates = new ArrayList<>();
        Arrays.stream(places).map(Path::of).forEach(candidates::add);
        String path = System.getenv("PATH");
        if (path != null) {
            Arrays.stream(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, name)).forEach(candidates::add);
        }
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .orElseGet(() -> missing(name + " not found on PATH (" + howToGetIt + ")"));
    }

    static Path cloudInit() {
        return program("cloud-init", "apt-get install cloud-init; .ci/run does", "/usr/bin/cloud-init");
    }

    /**
     * The test bed's kubeadm: {@code $KUBE_TESTBED_BIN/kubeadm} (exported by testbed/kube/up.sh), else the build
     * cache's for the installer's default Kubernetes release ({@code testbed/kube/build.sh} puts it there).
     */
    static Path kubeadm() {
        String bin = System.getenv("KUBE_TESTBED_BIN");
        if (bin != null && !bin.isBlank() && Files.isExecutable(Path.of(bin, "kubeadm"))) {
            return Path.of(bin, "kubeadm");
        }
        String cache = Optional.ofNullable(System.getenv("KUBE_TESTBED_CACHE")).filter(s -> !s.isBlank())
                .orElse(DEFAULT_CACHE);
        String key = "k8s-" + SupportedVersions.DEFAULT_KUBERNETES + "_";
        try (Stream<Path> dirs = Files.isDirectory(Path.of(cache)) ? Files.list(Path.of(cache)) : Stream.empty()) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(key)).map(d -> d.resolve("bin/kubeadm"))
                    .filter(Files::isExecutable).sorted().findFirst()
                    .orElseGet(() -> missing("the test bed's kubeadm: neither $KUBE_TESTBED_BIN/kubeadm nor " + cache
                            + "/" + key + "*/bin/kubeadm (run testbed/kube/build.sh)"));
        } catch (IOException e) {
            return missing("the test bed's kubeadm: cannot list " + cache + ": " + e.getMessage());
        }
    }

    static Result run(Path workDir, List<String> argv) {
        try {
            Process p = new ProcessBuilder(argv).directory(workDir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(argv.get(0) + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + argv, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + argv, e);
        }
    }

    private static <T> T missing(String what) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(what + " (CI=true: this check must run in CI)");
        }
        assumeTrue(false, what + "; test skipped");
        throw new AssertionError("unreachable");
    }
}
