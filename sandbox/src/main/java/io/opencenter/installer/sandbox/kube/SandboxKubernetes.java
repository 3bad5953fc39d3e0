package io.opencenter.installer.sandbox.kube;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.opencenter.installer.bootstrap.pki.KeyAndCert;
import io.opencenter.installer.sandbox.kube.KubeStateFile.State;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The sandbox's simulated Kubernetes API server for one sandbox cluster: fabric8's mock server in CRUD mode behind
 * a listener on 127.0.0.1, with server-side apply, discovery, CRDs that become Established, {@code /version} and a
 * state file beside the sandbox cloud's (see {@code package-info} for what it does and does not model). No
 * controller runs here: the simulator plays them.
 */
public final class SandboxKubernetes {

    /** How every face names it, wherever a user sees it. */
    public static final String LABEL = "Sandbox Kubernetes (simulated)";

    /** The namespaces a new API server has. */
    private static final List<String> INITIAL_NAMESPACES = List.of("default", "kube-system", "kube-public",
            "kube-node-lease");

    private SandboxKubernetes() {
    }

    /** A running sandbox API server. */
    public interface Running extends AutoCloseable {

        /** {@code https://127.0.0.1:<port>} ({@code http://} when started without a certificate). */
        String apiUrl();

        int port();

        String clusterName();

        /** Where its state is kept; null when it keeps none. */
        Path stateFile();

        /** Stops the server; the state file already holds every change. */
        @Override
        void close();
    }

    /**
     * The state file of a sandbox cluster's Kubernetes, beside the sandbox cloud's: {@code state.json} and cluster
     * {@code demo} give {@code state-kube-demo.json} in the same folder.
     */
    public static Path stateFileFor(Path cloudStateFile, String clusterName) {
        String name = cloudStateFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return cloudStateFile.resolveSibling(stem + "-kube-" + requireClusterName(clusterName) + ".json");
    }

    /**
     * Starts the API server of one sandbox cluster, loading that cluster's objects when its state file exists.
     *
     * @param cloudStateFile    the sandbox cloud's state file (the Kubernetes state goes beside it,
     *                          {@link #stateFileFor}); null: a fresh cluster that leaves nothing behind
     * @param clusterName       the cluster's name ({@code metadata.name} of its config)
     * @param kubernetesVersion the config's version ("1.35.4" or "v1.35.4"): what {@code /version} answers
     * @param servingCert       the API server's certificate (chain first) and key, issued by the cluster's CA for
     *                          127.0.0.1; null: plain HTTP on 127.0.0.1 (the installer accepts plain HTTP on
     *                          loopback only), for tests that do not look at TLS
     */
    public static Running start(Path cloudStateFile, String clusterName, String kubernetesVersion,
                                KeyAndCert servingCert) {
        requireClusterName(clusterName);
        Objects.requireNonNull(kubernetesVersion, "kubernetesVersion");
        if (!kubernetesVersion.matches("v?\\d+\\.\\d+\\.\\d+.*")) {
            throw new IllegalArgumentException("not a Kubernetes version: " + kubernetesVersion);
        }
        String version = kubernetesVersion.startsWith("v") ? kubernetesVersion : "v" + kubernetesVersion;
        KubeStateFile file = cloudStateFile == null ? null
                : new KubeStateFile(stateFileFor(cloudStateFile, clusterName));
        AutoCloseable lock = file == null ? () -> { } : file.lock();
        KubeApiServer server;
        try {
            ObjectStore store = load(file, clusterName);
            Runnable save = file == null ? () -> { }
                    : () -> file.save(new State(clusterName, version, store.resourceVersion(), store.snapshot()));
            ApiDispatcher dispatcher = new ApiDispatcher(store, version, save);
            if (store.snapshot().isEmpty()) {
                for (String ns : INITIAL_NAMESPACES) {
                    dispatcher.dispatch(Responses.request(HttpMethod.POST, "/api/v1/namespaces",
                            Responses.namespace(ns)));
                }
            }
            server = KubeApiServer.start(dispatcher, servingCert);
            dispatcher.listeningOn("127.0.0.1:" + server.port());
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
        String url = (servingCert == null ? "http" : "https") + "://127.0.0.1:" + server.port();
        return new Running() {
            @Override
            public String apiUrl() {
                return url;
            }

            @Override
            public int port() {
                return server.port();
            }

            @Override
            public String clusterName() {
                return clusterName;
            }

            @Override
            public Path stateFile() {
                return file == null ? null : file.path();
            }

            @Override
            public void close() {
                try {
                    server.close();
                } finally {
                    closeQuietly(lock);
                }
            }

            @Override
            public String toString() {
                return LABEL + " of cluster " + clusterName + " at " + url;
            }
        };
    }

    /**
     * Removes a destroyed sandbox cluster's Kubernetes state (its servers are gone, so is its cluster): the next
     * start of that name is a new, empty cluster. Refused while a server of that cluster runs.
     *
     * @return whether there was a state to remove
     */
    public static boolean forget(Path cloudStateFile, String clusterName) {
        KubeStateFile file = new KubeStateFile(stateFileFor(cloudStateFile, clusterName));
        AutoCloseable lock = file.lock();
        try {
            return file.delete();
        } finally {
            closeQuietly(lock);
        }
    }

    /** The cluster's objects from its state file, or an empty store. */
    private static ObjectStore load(KubeStateFile file, String clusterName) {
        ObjectStore store = new ObjectStore();
        if (file != null && file.exists()) {
            State saved = file.load();
            if (!clusterName.equals(saved.cluster())) {
                throw new IllegalStateException("the sandbox Kubernetes state " + file.path() + " belongs to cluster \""
                        + saved.cluster() + "\", not \"" + clusterName + "\"");
            }
            store.restore(saved.objects(), saved.resourceVersion());
        }
        return store;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // releasing a lock of a file in a folder that is gone: nothing left to release
        }
    }

    private static String requireClusterName(String name) {
        Objects.requireNonNull(name, "clusterName");
        // it becomes part of a file name
        if (!name.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("not a cluster name (lowercase letters, digits, '-'): " + name);
        }
        return name;
    }
}
