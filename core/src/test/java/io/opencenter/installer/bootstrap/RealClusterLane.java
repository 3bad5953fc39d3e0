package io.opencenter.installer.bootstrap;

import io.opencenter.installer.kube.ApiEndpointMap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real lane's first control plane ({@code testbed/kube/cluster-up.sh}): real kubeadm takes the installer's CA
 * directory and kubeadm config, etcd and kube-apiserver run with the certificates kubeadm made from them on
 * 127.0.0.1:16444, kubeadm's bootstrap-token and upload-config phases run against it, kwok plays the kubelets and a
 * registrar makes a Node for every ACTIVE server of the cluster in the real Nova (when the JVM's environment has
 * OpenStack credentials: {@code OS_CLOUD} + {@code OS_CLIENT_CONFIG_FILE}, as {@code .ci/run} exports).
 *
 * <p>One lane cluster runs on this machine at a time (fixed ports): {@link #start} waits for a file lock that
 * {@link #close()} releases, so test classes in parallel JVMs take turns; each start is fresh.
 *
 * <p>The installer reaches it through its explicit endpoint mapping {@code <floating-ip>:6443 →} {@link #apiAddress()};
 * the kubeconfig it writes keeps the cluster's real endpoint.
 */
public final class RealClusterLane implements AutoCloseable {

    /** The test bed's environment this lane needs (exported by {@code testbed/kube/up.sh}). */
    public static final String BIN_ENV = "KUBE_TESTBED_BIN";
    private static final String SCRIPTS = "testbed/kube";
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);

    private final Path scripts;
    private final List<String> upArguments;
    private final FileChannel lockFile;
    private final FileLock lock;
    private Map<String, String> env;
    private String osCloud;

    private RealClusterLane(Path scripts, List<String> upArguments, FileChannel lockFile, FileLock lock) {
        this.scripts = scripts;
        this.upArguments = upArguments;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * What keeps the lane from running here ({@code KUBE_TESTBED_BIN} unset, the scripts not found beside the
     * working directory), or empty when it can run. Tests turn this into a skip, or a failure under {@code CI=true}.
     */
    public static Optional<String> missing() {
        String bin = System.getenv(BIN_ENV);
        if (bin == null || bin.isBlank() || !Files.isExecutable(Path.of(bin, "kubeadm"))) {
            return Optional.of(BIN_ENV + " is not set to the test bed's bin dir"
                    + " (run testbed/kube/up.sh and export its env)");
        }
        if (locateScripts().isEmpty()) {
            return Optional.of(SCRIPTS + "/cluster-up.sh not found beside " + System.getProperty("user.dir"));
        }
        return Optional.empty();
    }

    /** Starts a fresh lane cluster; the Nova metadata value its registrar selects is the config's clusterName. */
    public static RealClusterLane start(Path pkiDir, Path kubeadmConfig) throws IOException {
        return start(pkiDir, kubeadmConfig, null);
    }

    /**
     * Starts a fresh lane cluster from a kubeadm-layout CA directory ({@code ca.*}, {@code front-proxy-ca.*},
     * {@code etcd/ca.*}, {@code sa.*}) and the installer's kubeadm init config, after any earlier one stopped.
     *
     * @param cluster the value of the servers' {@code opencenter-cluster} metadata the registrar turns into Nodes;
     *                null for the config's clusterName
     */
    public static RealClusterLane start(Path pkiDir, Path kubeadmConfig, String cluster) throws IOException {
        return start(pkiDir, kubeadmConfig, cluster, null);
    }

    /**
     * As {@link #start(Path, Path, String)}, with the registrar reading Nova as the clouds.yaml entry {@code osCloud}
     * (the project the servers were made in) instead of this JVM's {@code OS_CLOUD}; null keeps the JVM's.
     */
    public static RealClusterLane start(Path pkiDir, Path kubeadmConfig, String cluster, String osCloud)
            throws IOException {
        Path scripts = locateScripts().orElseThrow(() -> new IllegalStateException(missing().orElse(SCRIPTS)));
        List<String> args = new ArrayList<>(List.of("--pki-dir", pkiDir.toAbsolutePath().toString(),
                "--kubeadm-config", kubeadmConfig.toAbsolutePath().toString()));
        if (cluster != null) {
            args.addAll(List.of("--cluster", cluster));
        }
        Path lockPath = Path.of(System.getProperty("java.io.tmpdir"), "opencenter-cluster-lane.lock");
        FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        RealClusterLane lane = new RealClusterLane(scripts, args, channel, channel.lock());
        lane.osCloud = osCloud;
        try {
            List<String> fresh = new ArrayList<>(args);
            fresh.add("--fresh");
            lane.env = lane.up(fresh);
            return lane;
        } catch (IOException | RuntimeException e) {
            lane.close();
            throw e;
        }
    }

    /**
     * Applies a manifest with the super-admin credentials as the first control plane's cloud-init does (the
     * installer's ClusterRoleBinding): cluster-up.sh runs again, which leaves everything that runs alone.
     */
    public void applyAdminBinding(Path manifest) throws IOException {
        List<String> args = new ArrayList<>(upArguments);
        args.addAll(List.of("--admin-binding", manifest.toAbsolutePath().toString()));
        env = up(args);
    }

    /** {@code https://127.0.0.1:16444}. */
    public URI apiUrl() {
        return URI.create(env("KUBE_CLUSTER_API_URL"));
    }

    /** The local API server's address, for the installer's explicit mapping of {@code <floating-ip>:6443}. */
    public InetSocketAddress apiAddress() {
        return new InetSocketAddress(apiUrl().getHost(), apiUrl().getPort());
    }

    /**
     * The installer's explicit mapping for this lane: the cluster's {@code <floatingIp>:6443} dialed at
     * {@link #apiAddress()} (TLS still verified: the serving cert names the floating IP when the kubeadm config's
     * certSANs do).
     */
    public ApiEndpointMap.Entry endpointMapping(String floatingIp) {
        return new ApiEndpointMap.Entry(floatingIp, 6443, apiAddress().getHostString(), apiAddress().getPort());
    }

    /** kubeadm's super-admin.conf (group system:masters) with its server set to {@link #apiUrl()}. */
    public Path superAdminKubeconfig() {
        return Path.of(env("KUBE_CLUSTER_KUBECONFIG"));
    }

    /** The node's filesystem kubeadm wrote: {@code etc/kubernetes/pki}, {@code etc/kubernetes/*.conf}, manifests. */
    public Path nodeRoot() {
        return Path.of(env("KUBE_CLUSTER_ROOT"));
    }

    /** The server kubeadm's kubeconfigs name (the controlPlaneEndpoint, e.g. https://VIP:6443): data, never dialed. */
    public URI endpoint() {
        return URI.create(env("KUBE_CLUSTER_ENDPOINT"));
    }

    /** The cluster name the registrar selects servers by. */
    public String cluster() {
        return env("KUBE_CLUSTER_NAME");
    }

    /** Whether the registrar runs (it needs OpenStack credentials in the environment). */
    public boolean registrarOn() {
        return "on".equals(env("KUBE_CLUSTER_REGISTRAR"));
    }

    /** The test bed's kubectl. */
    public static Path kubectl() {
        return Path.of(System.getenv(BIN_ENV), "kubectl");
    }

    /**
     * Runs the test bed's kubectl with a kubeconfig; returns its stdout. A non-zero exit throws with kubectl's
     * stderr, unless {@code allowFailure} (then stdout is returned as is: {@code auth can-i} answers "no" with 1).
     */
    public static String kubectl(Path kubeconfig, boolean allowFailure, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(kubectl().toString(), "--kubeconfig", kubeconfig.toString()));
        command.addAll(List.of(args));
        Result r = run(command, Duration.ofMinutes(1));
        if (r.exit != 0 && !allowFailure) {
            throw new IOException("kubectl " + String.join(" ", args) + " exited " + r.exit + ": " + r.stderr.strip());
        }
        return r.stdout;
    }

    /** Stops the lane cluster (cluster-down.sh; the state stays for its logs) and lets the next one start. */
    @Override
    public void close() throws IOException {
        try {
            run(List.of(scripts.resolve("cluster-down.sh").toString()), Duration.ofMinutes(1));
        } finally {
            lock.release();
            lockFile.close();
        }
    }

    private String env(String name) {
        String value = env.get(name);
        if (value == null) {
            throw new IllegalStateException("cluster-up.sh printed no " + name);
        }
        return value;
    }

    /** Runs cluster-up.sh; returns the variables of its {@code export} lines. */
    private Map<String, String> up(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(scripts.resolve("cluster-up.sh").toString()));
        command.addAll(args);
        Result r = run(command, UP_TIMEOUT, osCloud == null ? Map.of() : Map.of("OS_CLOUD", osCloud));
        if (r.exit != 0) {
            throw new IOException("testbed/kube/cluster-up.sh exited " + r.exit + "; its last lines:\n"
                    + tail(r.stderr, 15));
        }
        Map<String, String> exports = new HashMap<>();
        r.stdout.lines().filter(l -> l.startsWith("export ")).forEach(l -> {
            int eq = l.indexOf('=');
            exports.put(l.substring("export ".length(), eq), l.substring(eq + 1));
        });
        return exports;
    }

    private static Optional<Path> locateScripts() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve(SCRIPTS).resolve("cluster-up.sh"))) {
                return Optional.of(dir.resolve(SCRIPTS));
            }
        }
        return Optional.empty();
    }

    private record Result(int exit, String stdout, String stderr) {}

    /** Runs a command with the JVM's environment (OS_CLOUD etc. reach the registrar), output through files. */
    private static Result run(List<String> command, Duration timeout) throws IOException {
        return run(command, timeout, Map.of());
    }

    private static Result run(List<String> command, Duration timeout, Map<String, String> env) throws IOException {
        Path out = Files.createTempFile("lane-out", ".txt");
        Path err = Files.createTempFile("lane-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(env);
            Process p = builder.start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeout.toSeconds() + " s; stderr:\n"
                        + tail(Files.readString(err, StandardCharsets.UTF_8), 15));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
