package io.opencenter.installer.gitops.publish;

/**
 * What a publish did.
 *
 * @param commitId     the branch's commit after the publish (the new one, or the unchanged tip)
 * @param changed      true when a commit was made and pushed; false when the branch already held this tree
 * @param filesChanged files added, changed or removed by the commit (0 when nothing changed)
 */
public record PublishResult(String commitId, boolean changed, int filesChanged) {
}
