package io.opencenter.installer.support;

import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.FileLog;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.IoProblems;
import io.opencenter.installer.workspace.LogRedactor;
import io.opencenter.installer.workspace.Workspace;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip a user attaches to a bug report: the redacted logs, each cluster's journal, config copy, last preflight
 * results and the console logs saved of nodes that did not come up, and the versions of the installer, Java and the
 * OS. Nothing in it is a secret: every entry passes the
 * {@link LogRedactor} on the way in (the log file was redacted when written; this is the fence for files that were
 * not). Left out on purpose: the sandbox state ({@code sandbox/state.json} holds the simulated cloud's passwords and
 * application-credential secrets in clear; it says nothing about a bug that the journal does not), saved configs
 * and anything else in the workspace (keys).
 */
public final class SupportBundle {
    static final String LOGS = "logs/";
    static final String MANIFEST = "manifest.txt";
    static final String VERSIONS = "versions.txt";
    private static final List<String> CLUSTER_FILES = List.of(ClusterFiles.CONFIG, ClusterFiles.JOURNAL,
            ClusterFiles.PREFLIGHT);

    private final Workspace workspace;
    private final ZipOutputStream zip;
    private final Writer text;
    private final List<String> entries = new ArrayList<>();
    private int redactions;

    private SupportBundle(Workspace workspace, ZipOutputStream zip) {
        this.workspace = workspace;
        this.zip = zip;
        this.text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
    }

    /**
     * Writes the bundle to {@code target} (replaced if present, mode 0600; missing folders are created, 0700) and
     * says what went in.
     */
    public static SupportBundleReport write(Workspace workspace, Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write the support bundle " + file + ": it is a folder; name a .zip file");
        }
        SupportBundleReport[] report = new SupportBundleReport[1];
        try {
            Folders.createParentOf(file); // missing folders are created, owner-only, as diagram -o does
            AtomicFiles.replace(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                SupportBundle bundle = new SupportBundle(workspace, zip);
                bundle.addAll();
                zip.finish();
                report[0] = new SupportBundleReport(file, bundle.entries, bundle.redactions);
            }, null);
        } catch (IOException e) {
            throw new IOException("cannot write the support bundle " + file + ": " + IoProblems.describe(e), e);
        }
        return report[0];
    }

    private void addAll() throws IOException {
        for (Path log : list(workspace.logs(), n -> n.startsWith(FileLog.FILE))) {
            addLines(LOGS + log.getFileName(), log);
        }
        for (Path cluster : list(workspace.root().resolve("clusters"), n -> true)) {
            String prefix = "clusters/" + cluster.getFileName() + "/";
            for (String name : CLUSTER_FILES) {
                Path f = cluster.resolve(name);
                if (Files.isRegularFile(f)) {
                    addText(prefix + name, read(f));
                }
            }
            for (Path log : new ClusterFiles(cluster).savedConsoleLogs()) {
                addText(prefix + ClusterFiles.CONSOLE + "/" + log.getFileName(), read(log));
            }
        }
        addText(VERSIONS, RuntimeVersions.text());
        List<String> listed = List.copyOf(entries);
        addText(MANIFEST, SupportBundleManifest.text(workspace, listed, redactions, Instant.now()));
    }

    /** Whole text through the redactor: a multi-line secret (PEM) is masked whole. */
    private void addText(String name, String content) throws IOException {
        LogRedactor.Redacted r = LogRedactor.redactCounting(content);
        redactions += r.masks();
        zip.putNextEntry(new ZipEntry(name));
        text.write(r.text());
        text.flush();
        zip.closeEntry();
        entries.add(name);
    }

    /** Line by line, so a 10 MB log file never sits in memory whole; its events were redacted whole when written. */
    private void addLines(String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                LogRedactor.Redacted r = LogRedactor.redactCounting(line);
                redactions += r.masks();
                text.write(r.text());
                text.write('\n');
            }
        }
        text.flush();
        zip.closeEntry();
        entries.add(name);
    }

    private static String read(Path f) throws IOException {
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<String> name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> name.test(p.getFileName().toString())).sorted().toList();
        }
    }
}
