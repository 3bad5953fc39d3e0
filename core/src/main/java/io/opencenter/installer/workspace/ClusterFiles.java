package io.opencenter.installer.workspace;

import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;

/**
 * The files of one cluster in the workspace: the config copy an install writes (so Resume and destroy find it),
 * and the journal.
 */
public record ClusterFiles(Path dir) {
    public static final String CONFIG = "cluster.yaml";
    public static final String JOURNAL = "journal.jsonl";
    public static final String PREFLIGHT = "preflight.json";

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
}
