package io.opencenter.installer.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportBundleTest {
    @TempDir
    Path dir;

    private Workspace workspace() throws IOException {
        Workspace ws = new Workspace(dir.resolve("ws"));
        Files.createDirectories(ws.logs());
        Files.writeString(ws.logs().resolve("installer.log"), "INFO today\nERROR request had password=hunter2x\n");
        Files.writeString(ws.logs().resolve("installer.log.2026-11-24.0"), "INFO yesterday\n");
        Files.writeString(ws.logs().resolve("other.txt"), "not a log of ours\n");
        Path cluster = Files.createDirectories(ws.cluster("demo"));
        Files.writeString(cluster.resolve(ClusterFiles.CONFIG), "metadata:\n  name: demo\n");
        Files.writeString(cluster.resolve(ClusterFiles.JOURNAL), "{\"key\":\"network\"}\n");
        Files.createDirectories(ws.cluster("half"));
        Files.writeString(ws.cluster("half").resolve(ClusterFiles.CONFIG), "metadata:\n  name: half\n");
        Files.createDirectories(ws.sandboxState().getParent());
        Files.writeString(ws.sandboxState(), "{\"password\": \"demo\"}");
        return ws;
    }

    @Test
    void holdsLogsClusterFilesVersionsAndManifestAllRedactedInAnOwnerOnlyZip() throws IOException {
        Workspace ws = workspace();
        Path target = dir.resolve("bundle.zip");

        SupportBundleReport report = SupportBundle.write(ws, target);

        assertThat(report.file()).isEqualTo(target.toAbsolutePath());
        assertThat(report.entries()).containsExactly("logs/installer.log", "logs/installer.log.2026-11-24.0",
                "clusters/demo/cluster.yaml", "clusters/demo/journal.jsonl", "clusters/half/cluster.yaml",
                "versions.txt", "manifest.txt");
        Map<String, String> zip = BundleZip.read(target);
        assertThat(zip.keySet()).containsExactlyElementsOf(report.entries());
        assertThat(zip.get("logs/installer.log")).isEqualTo("INFO today\nERROR request had password=******\n");
        assertThat(zip.get("clusters/demo/journal.jsonl")).isEqualTo("{\"key\":\"network\"}\n");
        assertThat(zip.get("versions.txt")).contains("installer: opencenter-installer ")
                .contains("java: " + System.getProperty("java.vendor")).contains("os: " + System.getProperty("os.name"))
                .containsPattern("  jackson-databind-\\d");
        assertThat(zip.get("manifest.txt")).contains("masked: 1 ").contains("  clusters/half/cluster.yaml\n")
                .contains("sandbox/state.json");
        assertThat(report.redactions()).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ws", "bundle.zip");
        }
    }

    @Test
    void savedConsoleLogsGoInRedacted() throws IOException {
        Workspace ws = workspace();
        ClusterFiles demo = ClusterFiles.of(ws, "demo");
        demo.saveConsoleLog("demo-control-plane-2", "cloud-init[1021]: [preflight] Running pre-flight checks\n"
                + "cloud-init[1021]: kubeadm join 10.20.0.10:6443 --token 9a08jv.c0izixklcxtmnze7\n");
        demo.saveConsoleLog("demo-default-1", "login: \n");

        SupportBundleReport report = SupportBundle.write(ws, dir.resolve("bundle.zip"));

        assertThat(report.entries()).containsSubsequence("clusters/demo/journal.jsonl",
                "clusters/demo/console/demo-control-plane-2.log", "clusters/demo/console/demo-default-1.log",
                "clusters/half/cluster.yaml");
        String log = BundleZip.read(dir.resolve("bundle.zip")).get("clusters/demo/console/demo-control-plane-2.log");
        assertThat(log).contains("Running pre-flight checks").contains("--token ******")
                .doesNotContain("c0izixklcxtmnze7");
        assertThat(report.redactions()).isEqualTo(2); // the log file's password and the bootstrap token
    }

    @Test
    void replacesAnOldBundleAndWorksForAnEmptyWorkspace() throws IOException {
        Path target = Files.writeString(dir.resolve("bundle.zip"), "old");

        SupportBundleReport report = SupportBundle.write(new Workspace(dir.resolve("never-used")), target);

        assertThat(report.entries()).containsExactly("versions.txt", "manifest.txt");
        assertThat(BundleZip.read(target)).containsOnlyKeys("versions.txt", "manifest.txt");
    }

    @Test
    void missingFoldersAreCreatedOwnerOnly() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("bundle.zip");

        SupportBundle.write(workspace(), missing);

        assertThat(missing).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(missing.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aTargetThatCannotBeWrittenIsAnIoErrorNamingThePath() throws IOException {
        Workspace ws = workspace();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path underAFile = file.resolve("bundle.zip");
        Path blocker = Files.createDirectories(dir.resolve("a-folder"));

        assertThatThrownBy(() -> SupportBundle.write(ws, underAFile)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write the support bundle " + underAFile)
                .hasMessageEndingWith(file + " is a file, not a folder");
        assertThatThrownBy(() -> SupportBundle.write(ws, blocker)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write the support bundle " + blocker);
    }
}
