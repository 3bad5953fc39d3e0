package io.opencenter.installer.bootstrap.node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The test bed's real API server (1.35.4, on 127.0.0.1) accepts the Kubernetes objects user-data creates: kube-vip's
 * Pod and the installer's ClusterRoleBinding, by a server-side dry run (validated against the API's schema, nothing
 * stored). Needs {@code testbed/kube/up.sh}'s KUBECONFIG and KUBE_TESTBED_*; skipped without them, failed under CI.
 */
class NodeManifestsDryRunTest {
    @TempDir
    Path dir;

    @Test
    void theApiServerAcceptsKubeVipsPod() throws Exception {
        dryRun(KubeVipManifest.staticPod("10.20.0.10", "1.35.4", NodeJoin.INIT));
    }

    @Test
    void theApiServerAcceptsTheAdminBinding() throws Exception {
        dryRun(AdminBinding.manifest());
    }

    private void dryRun(String manifest) throws Exception {
        String kubeconfig = System.getenv("KUBECONFIG");
        String api = System.getenv("KUBE_TESTBED_API_URL");
        String kubectl = System.getenv("KUBE_TESTBED_KUBECTL");
        if (kubeconfig == null || api == null || kubectl == null) {
            String what = "the kube test bed is not up (KUBECONFIG, KUBE_TESTBED_API_URL, KUBE_TESTBED_KUBECTL)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(what + " (CI=true: this check must run in CI)");
            }
            assumeTrue(false, what + "; run testbed/kube/up.sh");
        }
        assertThat(URI.create(api).getHost()).as("the test bed is on loopback").isEqualTo("127.0.0.1");
        Path file = dir.resolve("manifest.yaml");
        Files.writeString(file, manifest);
        NodeTools.Result r = NodeTools.run(dir, List.of(kubectl, "--kubeconfig", kubeconfig, "--server", api,
                "apply", "--dry-run=server", "--server-side", "--field-manager", "opencenter-test", "-f",
                file.toString()));
        assertThat(r.exit()).as("kubectl said:\n%s", r.output()).isZero();
        assertThat(r.output()).contains("(server dry run)");
    }
}
