package io.opencenter.installer.gitops.publish;

import io.opencenter.installer.workspace.Folders;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.FS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * Publishes the generated GitOps tree to a branch of the user's repository. Each publish reads the branch's tip
 * (a bare clone cache in the workspace, fetched anew each time), builds the new tree from the tip's tree with only
 * the {@link ManagedPaths managed paths} replaced, commits when that tree differs, and pushes with the tip it built
 * on as the expected old value: never a force, never a rebase. A branch that moved in between is reported
 * ({@link GitPublishException.Reason#NON_FAST_FORWARD}); publishing again then builds on the new tip, keeping
 * what the other commit did outside the managed paths.
 */
public final class GitPublisher {

    /** The author and committer of every commit the installer makes. */
    static final String AUTHOR = "openCenter Installer";
    static final String AUTHOR_EMAIL = "installer@opencenter.invalid";

    static {
        // JGit measures the file system's timestamp resolution (seconds, once per machine) for the racy-git checks
        // of a working tree's index; the cache is bare and has no index, so nobody should wait for it
        FS.FileStoreAttributes.setBackground(true);
    }

    private final Path workDir;

    /** @param workDir the folder of the clone caches (one bare repository per URL), e.g. the cluster's gitops folder */
    public GitPublisher(Path workDir) {
        this.workDir = Objects.requireNonNull(workDir, "workDir");
    }

    /**
     * Publishes {@code files} (paths relative to {@code target.path()}, contents as bytes) to the target's branch.
     *
     * @return the branch's commit afterwards, whether a commit was made, and how many files it changed
     * @throws GitPublishException when the repository cannot be reached, read or pushed to
     */
    public PublishResult publish(GitTarget target, SortedMap<String, byte[]> files, String commitMessage) {
        Prepared prepared = prepare(target, files, commitMessage);
        return prepared.changed() ? push(target, prepared) : prepared.result();
    }

    /** A commit made in the cache, not pushed yet (or the tip itself when nothing changed). */
    record Prepared(ObjectId base, ObjectId commit, boolean changed, int filesChanged) {
        PublishResult result() {
            return new PublishResult(commit.name(), changed, filesChanged);
        }
    }

    /** Reads the branch's tip and commits the tree on it in the cache (the first half of {@link #publish}). */
    Prepared prepare(GitTarget target, SortedMap<String, byte[]> files, String commitMessage) {
        Objects.requireNonNull(commitMessage, "commitMessage");
        ManagedPaths managed = ManagedPaths.of(target.path(), files.keySet());
        try (Repository repo = cache(target); GitRemote remote = GitRemote.open(target, sshHome())) {
            ObjectId tip = fetchTip(repo, remote, target);
            try (ObjectInserter inserter = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
                RevCommit base = tip == null ? null : walk.parseCommit(tip);
                ObjectId tree = tree(repo, base, managed, files, inserter, target);
                if (base != null && base.getTree().equals(tree)) {
                    return new Prepared(tip, tip, false, 0);
                }
                int changed = countChanges(repo, base, tree);
                ObjectId commit = commit(inserter, base, tree, commitMessage);
                inserter.flush();
                RefUpdate local = repo.updateRef(Constants.R_HEADS + target.branch());
                local.setNewObjectId(commit);
                local.setForceUpdate(true); // the cache's own ref: it follows what we are about to push
                local.update();
                return new Prepared(tip, commit, true, changed);
            }
        } catch (IOException e) {
            throw local(e);
        }
    }

    /** Pushes a prepared commit, expecting the branch still at the tip it was built on (the second half). */
    PublishResult push(GitTarget target, Prepared prepared) {
        try (Repository repo = cache(target); GitRemote remote = GitRemote.open(target, sshHome())) {
            String ref = Constants.R_HEADS + target.branch();
            ObjectId expected = prepared.base() == null ? ObjectId.zeroId() : prepared.base();
            RemoteRefUpdate update;
            try {
                update = new RemoteRefUpdate(repo, ref, ref, false, null, expected);
            } catch (IOException e) {
                throw local(e);
            }
            PushResult result;
            try (Transport tx = remote.transport(repo)) {
                result = tx.push(NullProgressMonitor.INSTANCE, List.of(update));
            } catch (IOException e) {
                throw GitErrors.of(target, "push to", e);
            }
            RemoteRefUpdate done = result.getRemoteUpdate(ref);
            if (done == null || (done.getStatus() != RemoteRefUpdate.Status.OK
                    && done.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE)) {
                throw GitErrors.rejected(target, done == null ? update : done);
            }
            return prepared.result();
        }
    }

    /**
     * The branch's tip on the server, fetched into the cache over one connection (its objects only when the cache
     * lacks them); null when the branch (or the repository) is not there yet.
     */
    private ObjectId fetchTip(Repository repo, GitRemote remote, GitTarget target) {
        String ref = Constants.R_HEADS + target.branch();
        try (Transport tx = remote.transport(repo); FetchConnection c = tx.openFetch()) {
            Ref advertised = c.getRef(ref);
            if (advertised == null || advertised.getObjectId() == null) {
                return null; // an empty repository, or one without this branch: the publish creates it
            }
            ObjectId tip = advertised.getObjectId();
            if (!repo.getObjectDatabase().has(tip)) {
                c.fetch(NullProgressMonitor.INSTANCE, List.of(advertised), Set.of());
            }
            RefUpdate tracking = repo.updateRef(Constants.R_REMOTES + "origin/" + target.branch());
            tracking.setNewObjectId(tip);
            tracking.setForceUpdate(true); // the cache's record of the server's tip, whatever it was before
            tracking.update();
            return tip;
        } catch (NoRemoteRepositoryException e) {
            // some servers make the repository on the first push (GitLab, the test bed's): the push says if not
            return null;
        } catch (IOException e) {
            throw GitErrors.of(target, "read", e);
        }
    }

    private static ObjectId tree(Repository repo, RevCommit base, ManagedPaths managed,
            SortedMap<String, byte[]> files, ObjectInserter inserter, GitTarget target) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        if (base != null) {
            try (TreeWalk walk = new TreeWalk(repo)) {
                walk.addTree(base.getTree());
                walk.setRecursive(true);
                while (walk.next()) {
                    String path = walk.getPathString();
                    if (managed.blockedBy(path) != null) {
                        throw new GitPublishException(GitPublishException.Reason.INVALID_TARGET, "the branch "
                                + target.branch() + " of " + target.displayUrl() + " has a file \"" + path
                                + "\" where the GitOps path \"" + target.path() + "\" needs a folder: choose "
                                + "another GitOps path, or move that file");
                    }
                    if (!managed.owns(path)) {
                        DirCacheEntry kept = new DirCacheEntry(path);
                        kept.setFileMode(walk.getFileMode(0));
                        kept.setObjectId(walk.getObjectId(0));
                        builder.add(kept);
                    }
                }
            }
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            DirCacheEntry ours = new DirCacheEntry(managed.inRepository(f.getKey()));
            ours.setFileMode(FileMode.REGULAR_FILE);
            ours.setObjectId(inserter.insert(Constants.OBJ_BLOB, f.getValue()));
            builder.add(ours);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    private static int countChanges(Repository repo, RevCommit base, ObjectId tree) throws IOException {
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.setRecursive(true);
            if (base == null) {
                walk.addTree(tree);
            } else {
                walk.addTree(base.getTree());
                walk.addTree(tree);
                walk.setFilter(TreeFilter.ANY_DIFF);
            }
            int n = 0;
            while (walk.next()) {
                n++;
            }
            return n;
        }
    }

    private static ObjectId commit(ObjectInserter inserter, RevCommit parent, ObjectId tree, String message)
            throws IOException {
        PersonIdent who = new PersonIdent(AUTHOR, AUTHOR_EMAIL);
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(tree);
        if (parent != null) {
            c.setParentId(parent);
        }
        c.setAuthor(who);
        c.setCommitter(who);
        c.setMessage(message.endsWith("\n") ? message : message + "\n");
        return inserter.insert(c);
    }

    /** The bare clone cache of the target's repository: {@code workDir/<hash of the URL>.git}, made on first use. */
    private Repository cache(GitTarget target) {
        Path dir = workDir.resolve("repo-" + shortHash(target.url().strip()) + ".git");
        try {
            boolean fresh = !Files.isDirectory(dir.resolve("objects"));
            Folders.create(dir);
            Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
            if (fresh) {
                repo.create(true);
                StoredConfig config = repo.getConfig();
                // which repository this caches, for whoever looks in the workspace; never any credentials
                config.setString("remote", "origin", "url", target.url().strip());
                config.save();
            }
            return repo;
        } catch (IOException | IllegalStateException e) {
            throw new GitPublishException(GitPublishException.Reason.LOCAL_IO, "cannot use the clone cache " + dir
                    + " of " + target.displayUrl() + ": " + e.getMessage() + ". Delete that folder and publish "
                    + "again (it is only a cache)", e);
        }
    }

    private Path sshHome() {
        return workDir.resolve("ssh-home");
    }

    private GitPublishException local(IOException e) {
        return new GitPublishException(GitPublishException.Reason.LOCAL_IO, "cannot write the commit in the clone "
                + "cache under " + workDir + ": " + e.getMessage() + ". Delete the folder and publish again", e);
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
