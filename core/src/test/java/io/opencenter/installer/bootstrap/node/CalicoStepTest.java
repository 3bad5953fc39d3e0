package io.opencenter.installer.bootstrap.node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calico's pod-CIDR edit, run by the real shell on a manifest fragment laid out like the release's (the setting
 * commented out with Calico's default pool), and its check, which must stop the boot when the layout differs.
 */
class CalicoStepTest {
    /** Our own fragment in the layout of calico.yaml's calico-node env (the file itself is never kept here). */
    private static final String FRAGMENT = """
                        - name: CALICO_IPV4POOL_IPIP
                          value: "Always"
                        # - name: CALICO_IPV4POOL_CIDR
                        #   value: "192.168.0.0/16"
                        - name: CALICO_DISABLE_FILE_LOGGING
                          value: "true"
            """;

    @TempDir
    Path dir;

    @Test
    void switchesThePoolCidrOnWithTheClustersPodCidr() throws Exception {
        Path manifest = dir.resolve("calico.yaml");
        Files.writeString(manifest, FRAGMENT);
        NodeTools.Result r = runEditAndChecks(manifest, "10.244.0.0/16");
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(Files.readString(manifest)).contains("""
                            - name: CALICO_IPV4POOL_CIDR
                              value: "10.244.0.0/16"
                """).doesNotContain("192.168.0.0/16");
        assertThat(NodeYaml.read(Files.readString(manifest)).findValuesAsText("value")).contains("10.244.0.0/16");
    }

    @Test
    void aManifestWithoutTheCommentedSettingFailsTheBoot() throws Exception {
        Path manifest = dir.resolve("calico.yaml");
        Files.writeString(manifest, FRAGMENT.replace("# - name: CALICO_IPV4POOL_CIDR", "# - name: SOMETHING_ELSE"));
        assertThat(runEditAndChecks(manifest, "10.244.0.0/16").exit()).isNotZero();
    }

    @Test
    void theUrlIsPinnedUpstreamOrOnTheOfflineRegistryHost() {
        assertThat(CalicoStep.manifestUrl(null))
                .isEqualTo("https://raw.githubusercontent.com/projectcalico/calico/v3.32.0/manifests/calico.yaml");
        assertThat(CalicoStep.manifestUrl("registry.internal:5000/mirror"))
                .isEqualTo("https://registry.internal:5000/opencenter/calico/v3.32.0/calico.yaml");
    }

    /** The sed and grep lines of the step, on {@code manifest} instead of the node's path; no fetch, no kubectl. */
    private NodeTools.Result runEditAndChecks(Path manifest, String podCidr) {
        List<String> lines = CalicoStep.commands(podCidr, null, "/etc/kubernetes/admin.conf").stream()
                .filter(l -> l.startsWith("sed ") || l.startsWith("grep "))
                .map(l -> l.replace(CalicoStep.MANIFEST, manifest.toString()))
                .toList();
        assertThat(lines).hasSize(3);
        return NodeTools.run(dir, List.of("sh", "-c", "set -e\n" + String.join("\n", lines)));
    }
}
