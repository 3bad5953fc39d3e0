package io.opencenter.installer.workspace;

import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;

/**
 * The files of one cluster in the workspace: the config copy an install writes (so Resume and destroy find it),
 * the journal, the cluster's PKI and its admin kubeconfig. The last two hold secrets: the support bundle, which
 * copies named files only, never names them.
 */
public record ClusterFiles(Path dir) {
    public static final String CONFIG = "cluster.yaml";
    public static final String JOURNAL = "journal.jsonl";
    public static final String PREFLIGHT = "preflight.json";
    public static final String PKI = "pki";
    public static final String KUBECONFIG = "kubeconfig";

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
}
