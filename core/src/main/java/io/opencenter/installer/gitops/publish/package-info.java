/**
 * Publishing the generated GitOps tree to the user's Git repository with JGit ({@link
 * io.opencenter.installer.gitops.publish.GitPublisher}): https with a token or none, ssh with a key. The publisher
 * owns only the paths it generates (design: {@code clusters/<name>/}, {@code infrastructure/}, {@code apps/},
 * {@code .sops.yaml} under the target's path); every other file of the user's repository is kept as it is. It
 * commits only when the tree changed and pushes without force: a branch that moved underneath is reported, never
 * rebased or overwritten. HTTP goes through {@code net.HttpClients.jgit()} (the loopback rule under test).
 */
package io.opencenter.installer.gitops.publish;
