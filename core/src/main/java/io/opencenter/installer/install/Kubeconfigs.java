package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.kubeconfig.AdminKubeconfig;
import io.opencenter.installer.bootstrap.kubeconfig.KubeconfigMerge;
import io.opencenter.installer.bootstrap.kubeconfig.MergeResult;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.bootstrap.pki.PkiStore;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * A bootstrapped cluster's admin access in the user's own kubeconfig: the one merge both faces offer (the CLI's
 * {@code apply --merge-kubeconfig}, the wizard's "Add to my kubeconfig…"). It reads what the workspace holds after
 * Bootstrap, the cluster's PKI and the API's address in its admin kubeconfig, and merges as {@link KubeconfigMerge}
 * says (the {@code KUBECONFIG} rules, a backup first, a context named after the cluster, an entry of the same name
 * with other settings replaced only when asked).
 *
 * <p>Which kubeconfig is the user's comes from the environment and home folder given here, so tests and the UI's
 * tests never touch the kubeconfig of the machine they run on.
 */
public final class Kubeconfigs {
    private final KubeconfigMerge merge;
    private final Clock clock;

    /**
     * @param env  the environment to read {@code KUBECONFIG} from
     * @param home the user's home folder ({@code ~/.kube/config} when {@code KUBECONFIG} is not set)
     */
    public Kubeconfigs(Map<String, String> env, Path home, Clock clock) {
        this.merge = new KubeconfigMerge(env, home);
        this.clock = clock;
    }

    /** This process's {@code KUBECONFIG} and the user's home. */
    public static Kubeconfigs forThisUser() {
        return new Kubeconfigs(System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC());
    }

    /** The file a merge writes to (the first of {@code KUBECONFIG}'s files that exists, else the last one). */
    public Path target() {
        return merge.target();
    }

    /**
     * Merges the admin access of the cluster {@code clusterName} of {@code workspace} into the user's kubeconfig.
     *
     * @param overwrite  replace entries of the same names that have other settings (without: {@code CONFLICT},
     *                   nothing written)
     * @param useContext make the cluster's context the current one
     * @throws IOException when the cluster has not been bootstrapped in this workspace, its PKI is damaged, or a
     *                     kubeconfig cannot be read or written; the message names the file and what to do, and never
     *                     quotes key material
     */
    public MergeResult mergeIntoUserConfig(Workspace workspace, String clusterName, boolean overwrite,
                                           boolean useContext) throws IOException {
        ClusterFiles files = ClusterFiles.of(workspace, clusterName);
        Path admin = files.kubeconfig();
        if (!Files.isRegularFile(admin)) {
            throw new IOException("cluster " + clusterName + " has no admin kubeconfig in the workspace (" + admin
                    + "): its Bootstrap phase has not run yet; run the install first");
        }
        String server = AdminKubeconfig.serverOf(admin, clusterName);
        ClusterPki pki = PkiStore.load(files, clusterName);
        return merge.merge(clusterName, server, pki, overwrite, useContext, clock.instant());
    }
}
