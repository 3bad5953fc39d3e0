package io.opencenter.installer.install;

import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.provision.journal.Journal;
import io.opencenter.installer.provision.journal.JournalSummary;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The installs of a workspace that did not finish (killed, cancelled or failed apply), newest first: what the
 * Welcome page offers to resume. Only clusters whose config copy is still there count, since resuming needs it.
 */
public final class Resumable {

    /** One unfinished install: the cluster, its config copy and when its journal last changed. */
    public record Unfinished(String cluster, Path config, Instant lastActivity, String lastOutcome) {}

    private Resumable() {}

    public static List<Unfinished> list(Workspace workspace) {
        Path clusters = workspace.root().resolve("clusters");
        if (!Files.isDirectory(clusters)) {
            return List.of();
        }
        List<Unfinished> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(clusters)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                ClusterFiles files = new ClusterFiles(dir);
                if (!Files.isRegularFile(files.journal()) || !Files.isRegularFile(files.config())) {
                    continue;
                }
                JournalSummary summary = JournalSummary.of(Journal.read(files.journal()));
                if (summary.unfinishedApply()) {
                    found.add(new Unfinished(dir.getFileName().toString(), files.config(), summary.lastActivity(),
                            summary.lastOutcome()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + clusters + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Unfinished::lastActivity, Comparator.nullsLast(Comparator.reverseOrder())));
        return List.copyOf(found);
    }
}
