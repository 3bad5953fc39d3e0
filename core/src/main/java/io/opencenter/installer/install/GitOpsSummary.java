package io.opencenter.installer.install;

/**
 * What the GitOps phase left behind, for both faces' last page.
 *
 * @param repository the repository's URL without credentials
 * @param branch     the branch Flux follows
 * @param path       the folder of the cluster in it ({@code clusters/<name>})
 * @param commit     the commit the branch is at after publishing
 * @param published  whether this run made that commit (false: the repository already held this tree)
 * @param files      how many files the tree has
 * @param flux       the Flux version installed, and from where
 * @param simulated  whether the cluster (and so its Flux) is the sandbox's simulated one
 */
public record GitOpsSummary(String repository, String branch, String path, String commit, boolean published,
                            int files, String flux, boolean simulated) {
}
