package io.opencenter.installer.workspace;

import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;

/**
 * The files of one cluster in the workspace: the config copy an install writes (so Resume and destroy find it),
 * the journal, the last preflight's results and the cluster's cloud-provider credential.
 */
public record ClusterFiles(Path dir) {
    public static final String CONFIG = "cluster.yaml";
    public static final String JOURNAL = "journal.jsonl";
    public static final String PREFLIGHT = "preflight.json";
    public static final String CLOUD_PROVIDER_CREDENTIAL = "cloud-provider-credential.json";

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
     * The application credential install made for the cluster's cloud controller manager and CSI driver: its id
     * and secret (0600; written by install's CloudProviderCredential, removed by destroy).
     */
    public Path cloudProviderCredential() {
        return dir.resolve(CLOUD_PROVIDER_CREDENTIAL);
    }
}
