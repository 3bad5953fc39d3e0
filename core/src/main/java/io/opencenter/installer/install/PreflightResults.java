package io.opencenter.installer.install;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.preflight.QuotaLine;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last preflight of a cluster, kept as {@code clusters/<name>/preflight.json} (0600) for the support bundle:
 * a user who reports "the install refused to start" sends the findings and the quota table it saw. Logs the
 * outcome too. Keeping it never fails the command that ran the preflight.
 */
public final class PreflightResults {
    private static final Logger LOG = LoggerFactory.getLogger(PreflightResults.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file's content. */
    record Document(String cluster, String at, boolean passed, List<Finding> findings, List<QuotaLine> quota) {}

    private PreflightResults() {}

    /** Logs the outcome and writes the file; a file that cannot be written is a warning in the log. */
    public static void keep(Workspace workspace, String cluster, PreflightReport report) {
        InstallLog.preflight(cluster, report);
        Path file = ClusterFiles.of(workspace, cluster).preflight();
        try {
            workspace.ensureExists();
            Folders.createParentOf(file);
            AtomicFiles.replace(file, json(cluster, report, Instant.now()), null);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cluster {}: cannot keep the preflight results in {}: {}", cluster, file, e.getMessage());
        }
    }

    static String json(String cluster, PreflightReport report, Instant at) {
        try {
            return JSON.writeValueAsString(new Document(cluster, at.toString(), !report.hasErrors(), report.findings(),
                    report.quotaTable())) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("preflight results are plain records: " + e.getMessage(), e);
        }
    }
}
