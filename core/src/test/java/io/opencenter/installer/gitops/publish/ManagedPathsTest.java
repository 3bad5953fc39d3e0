package io.opencenter.installer.gitops.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which paths of the user's repository the publisher owns. */
class ManagedPathsTest {

    private static final List<String> TREE = List.of(".sops.yaml", "apps/customer-apps/route.yaml",
            "clusters/demo/flux-system/gotk-sync.yaml", "infrastructure/cert-manager/release.yaml");

    @Test
    void ownsTheTreesTopLevelEntriesAndOnlyItsOwnClusterFolder() {
        ManagedPaths m = ManagedPaths.of("", TREE);
        assertThat(m.owns(".sops.yaml")).isTrue();
        assertThat(m.owns("apps/old/thing.yaml")).isTrue();
        assertThat(m.owns("infrastructure/removed-service/x.yaml")).isTrue();
        assertThat(m.owns("clusters/demo/stale.yaml")).isTrue();
        assertThat(m.owns("clusters/other/kustomization.yaml")).isFalse();
        assertThat(m.owns("README.md")).isFalse();
        assertThat(m.owns("apps.md")).isFalse();
        assertThat(m.owns("appsx/y.yaml")).isFalse();
        // a user's file where our folder goes, or a folder where our file goes, gives way
        assertThat(m.owns("apps")).isTrue();
        assertThat(m.owns(".sops.yaml/inner")).isTrue();
    }

    @Test
    void underAPathOnlyThatFolderCounts() {
        ManagedPaths m = ManagedPaths.of("fleet/prod", TREE);
        assertThat(m.inRepository("apps/a.yaml")).isEqualTo("fleet/prod/apps/a.yaml");
        assertThat(m.owns("fleet/prod/infrastructure/x.yaml")).isTrue();
        assertThat(m.owns("infrastructure/x.yaml")).isFalse();
        assertThat(m.owns("fleet/staging/apps/x.yaml")).isFalse();
        assertThat(m.blockedBy("fleet")).isEqualTo("fleet");
        assertThat(m.blockedBy("fleet/prod")).isEqualTo("fleet/prod");
        assertThat(m.blockedBy("fleet/prod2")).isNull();
    }

    @Test
    void aTreePathOutsideTheFolderIsABug() {
        for (String bad : List.of("../x.yaml", "/abs.yaml", "a//b.yaml", ".git/config", "dir/")) {
            assertThatThrownBy(() -> ManagedPaths.of("", List.of(bad))).as(bad)
                    .isInstanceOf(GitPublishException.class).hasMessageContaining(bad);
        }
    }
}
