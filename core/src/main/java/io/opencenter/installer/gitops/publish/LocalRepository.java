package io.opencenter.installer.gitops.publish;

import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.IoProblems;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * A {@code file://} repository on this machine (the sandbox's, or one a person keeps locally): the first publish
 * creates it as a bare repository, as a Git server would on first push, instead of failing with "not found".
 */
public final class LocalRepository {

    private LocalRepository() {}

    /** The folder of a {@code file://} URL; empty for any other scheme. */
    public static Optional<Path> folderOf(String url) {
        if (url == null || !url.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(URI.create(url)));
    }

    /**
     * Creates the bare repository of a {@code file://} URL when its folder does not exist yet; an existing folder is
     * left alone (publishing then says what is wrong with it).
     *
     * @return true when it was created
     */
    public static boolean createIfMissing(GitTarget target) {
        Optional<Path> folder = folderOf(target.url());
        if (folder.isEmpty() || Files.exists(folder.get())) {
            return false;
        }
        try {
            Folders.create(folder.get());
            try (Git git = Git.init().setBare(true).setInitialBranch(target.branch())
                    .setDirectory(folder.get().toFile()).call()) {
                return true;
            }
        } catch (IOException e) {
            throw new GitPublishException(GitPublishException.Reason.LOCAL_IO, "cannot create the repository "
                    + folder.get() + " for " + target.displayUrl() + ": " + IoProblems.describe(e));
        } catch (GitAPIException e) {
            throw new GitPublishException(GitPublishException.Reason.LOCAL_IO, "cannot create the repository "
                    + folder.get() + " for " + target.displayUrl() + ": " + e.getMessage());
        }
    }
}
