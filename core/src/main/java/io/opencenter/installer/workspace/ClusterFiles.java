package io.opencenter.installer.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one cluster in the workspace: the config copy an install writes (so Resume and destroy find it),
 * the journal, the last preflight results, the console logs of nodes that did not come up, the cluster's PKI, its
 * admin kubeconfig, its cloud-provider credential and its SOPS age key. The last four hold secrets: the support
 * bundle, which copies named files only, never names them.
 */
public record ClusterFiles(Path dir) {
    public static final String CONFIG = "cluster.yaml";
    public static final String JOURNAL = "journal.jsonl";
    public static final String PREFLIGHT = "preflight.json";
    public static final String PKI = "pki";
    public static final String KUBECONFIG = "kubeconfig";
    public static final String CONSOLE = "console";
    public static final String CONSOLE_SUFFIX = ".log";
    /** Server names as the plan makes them (a DNS label): nothing that could leave the console folder. */
    private static final Pattern SERVER_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,251}[a-z0-9])?");
    public static final String CLOUD_PROVIDER_CREDENTIAL = "cloud-provider-credential.json";
    public static final String SOPS = "sops";
    public static final String AGE_KEY = "age.agekey";

    public static ClusterFiles of(Workspace workspace, String cluster) {
        return new ClusterFiles(workspace.cluster(cluster));
    }

    public Path config() {
        return dir.resolve(CONFIG);
    }

    public Path journal() {
        return dir.resolve(JOURNAL);
    }

    /** The last preflight's findings and quota table (written by install's PreflightResults). */
    public Path preflight() {
        return dir.resolve(PREFLIGHT);
    }

    /**
     * The folder of the cluster's certificate authorities, keys and bootstrap token (bootstrap's PkiStore), made
     * once through {@code Folders} (0700) and kept for the cluster's life: its servers trust that CA.
     */
    public Path pki() {
        return dir.resolve(PKI);
    }

    /** The admin kubeconfig for the cluster's API (0600: it holds the admin's client key). */
    public Path kubeconfig() {
        return dir.resolve(KUBECONFIG);
    }

    /** The folder of saved console logs, {@code console/}. */
    public Path consoleLogs() {
        return dir.resolve(CONSOLE);
    }

    /**
     * Where the console log of server {@code serverName} is kept: {@code console/<server-name>.log}.
     *
     * @throws IllegalArgumentException for a name that is not a server name of a plan (a path, upper case, ...)
     */
    public Path consoleLog(String serverName) {
        if (serverName == null || !SERVER_NAME.matcher(serverName).matches()) {
            throw new IllegalArgumentException("not a server name: " + serverName);
        }
        return consoleLogs().resolve(serverName + CONSOLE_SUFFIX);
    }

    /**
     * Writes {@code text} as the console log of {@code serverName}, replacing an earlier one; owner-only (0600 in a
     * 0700 folder) because a console may echo what a node was given. Returns the file.
     */
    public Path saveConsoleLog(String serverName, String text) throws IOException {
        Path file = consoleLog(serverName);
        Folders.create(consoleLogs());
        AtomicFiles.replace(file, text, null);
        return file;
    }

    /** The saved console logs, by name; empty when there are none. */
    public List<Path> savedConsoleLogs() throws IOException {
        if (!Files.isDirectory(consoleLogs())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(consoleLogs())) {
            return files.filter(f -> f.getFileName().toString().endsWith(CONSOLE_SUFFIX))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * The application credential install made for the cluster's cloud controller manager and CSI driver: its id
     * and secret (0600; written by install's CloudProviderCredential, removed by destroy).
     */
    public Path cloudProviderCredential() {
        return dir.resolve(CLOUD_PROVIDER_CREDENTIAL);
    }

    /** The folder of the cluster's SOPS material, {@code sops/} (0700, made through {@code Folders}). */
    public Path sops() {
        return dir.resolve(SOPS);
    }

    /**
     * The age identity that decrypts the cluster's SOPS secrets, {@code sops/age.agekey}, in age-keygen's format so
     * {@code age -d -i} and {@code SOPS_AGE_KEY_FILE} read it (0600; written by secrets' AgeKeyStore, made once and
     * kept for the cluster's life: its Git repository's secrets are encrypted to it).
     */
    public Path ageKey() {
        return sops().resolve(AGE_KEY);
    }
}
