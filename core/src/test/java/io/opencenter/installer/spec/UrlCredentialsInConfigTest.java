package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterSpec.GitOps;
import io.opencenter.installer.spec.ClusterSpec.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A token in the GitOps repo URL: a warning at the field, never quoted, and left out of the installer's copies. */
class UrlCredentialsInConfigTest {
    private static final String TOKEN = "ghp_Xy9secretToken";

    static ClusterConfig withRepo(String url) {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterSpec s = base.spec();
        return new ClusterConfig(base.apiVersion(), base.kind(), base.metadata(), new ClusterSpec(s.cloud(),
                s.kubernetes(), s.network(), s.controlPlane(), s.workerPools(), s.sshPublicKeyFile(),
                new Platform("openstack", null, null, new GitOps(url, "main", "clusters/demo")), s.provisioning(),
                s.offline()));
    }

    @Test
    void aTokenInRepoUrlIsAWarningThatDoesNotQuoteIt() {
        List<Finding> findings = new SpecValidator(TestServices.KNOWN)
                .validate(withRepo("https://x-access:" + TOKEN + "@github.com/org/gitops.git"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.path()).isEqualTo("spec.platform.gitops.repoUrl");
            assertThat(f.message()).contains("https://******@github.com/org/gitops.git").doesNotContain(TOKEN);
            assertThat(f.hint()).contains("https://github.com/org/gitops.git").doesNotContain(TOKEN);
        });
    }

    @Test
    void theKeptCopyHoldsNoCredentials() {
        ClusterConfig config = withRepo("https://" + TOKEN + "@github.com/org/gitops.git");
        ClusterConfig copy = ConfigCopies.withoutUrlCredentials(config);
        assertThat(SpecYaml.toYaml(copy)).doesNotContain(TOKEN).contains("https://******@github.com/org/gitops.git");
        assertThat(SpecYaml.parse(SpecYaml.toYaml(copy)).ok()).isTrue();
        ClusterConfig clean = withRepo("https://github.com/org/gitops.git");
        assertThat(ConfigCopies.withoutUrlCredentials(clean)).isSameAs(clean);
    }
}
