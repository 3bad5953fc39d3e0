package io.opencenter.installer.install;

import io.opencenter.installer.gitops.publish.LocalRepository;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.workspace.ClusterFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the cluster's Flux repository lives. A real cluster's Flux must reach it over the network with what this
 * version can hand Flux (an https token, or nothing for a public repository), so the install checks that before
 * anything is created. A simulated cluster without one gets a bare repository in the cluster's folder, which the
 * sandbox's simulated Flux reads.
 */
final class GitOpsRepository {
    /** The simulated cluster's repository, in the cluster's folder. */
    static final String SIMULATED_FOLDER = "gitops-repository.git";

    private GitOpsRepository() {}

    /** The repository's URL; empty when a real cluster has none (preflight refuses that before anything exists). */
    static Optional<String> url(ClusterConfig config, ClusterFiles files, boolean simulated) {
        String given = givenUrl(config);
        if (given != null) {
            return Optional.of(given);
        }
        return simulated ? Optional.of(files.dir().resolve(SIMULATED_FOLDER).toUri().toString()) : Optional.empty();
    }

    static String branch(ClusterConfig config) {
        ClusterSpec.GitOps gitops = gitops(config);
        return gitops == null || gitops.branch() == null || gitops.branch().isBlank() ? "main" : gitops.branch();
    }

    /**
     * What stops a real cluster's Flux from reading the repository, as preflight errors at {@code repoUrl}: none
     * given, a folder on this machine, an OCI registry (not published to by this version) or ssh (this version
     * gives Flux no ssh key).
     */
    static List<Finding> findings(ClusterConfig config, boolean simulated, Map<String, String> env) {
        if (simulated) {
            return List.of();
        }
        String path = ConfigField.GIT_REPO.path();
        String url = givenUrl(config);
        List<Finding> findings = new ArrayList<>();
        if (url == null) {
            findings.add(Finding.error(path, "the platform needs a Git repository the cluster's Flux can read",
                    "set " + path + " to an https:// clone URL (a private one with " + GitAccess.TOKEN
                            + " exported), or install only up to Bootstrap"));
        } else if (LocalRepository.folderOf(url).isPresent()) {
            findings.add(Finding.error(path, "the cluster's Flux cannot read " + url + ", a folder on this machine",
                    "set " + path + " to an https:// clone URL the cluster can reach"));
        } else if (url.startsWith("oci://")) {
            findings.add(Finding.error(path, "publishing the platform to an OCI registry is not in this version",
                    "set " + path + " to an https:// Git clone URL"));
        } else if (!url.startsWith("https://") && !url.startsWith("http://")) {
            findings.add(Finding.error(path, "this version gives the cluster's Flux an https token only, not an "
                    + "ssh key, so it cannot read " + url, "use the repository's https:// clone URL with "
                    + GitAccess.TOKEN + " exported"));
        } else if (url.startsWith("https://") && isBlank(env.get(GitAccess.TOKEN))) {
            findings.add(Finding.warning(path, "no " + GitAccess.TOKEN + " is exported: publishing to " + url
                    + " works only if it accepts pushes without one", "export " + GitAccess.TOKEN
                    + " with a token that may push to the repository"));
        }
        return findings;
    }

    private static String givenUrl(ClusterConfig config) {
        ClusterSpec.GitOps gitops = gitops(config);
        return gitops == null || isBlank(gitops.repoUrl()) ? null : gitops.repoUrl().strip();
    }

    private static ClusterSpec.GitOps gitops(ClusterConfig config) {
        ClusterSpec.Platform platform = config.spec().platform();
        return platform == null ? null : platform.gitops();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
