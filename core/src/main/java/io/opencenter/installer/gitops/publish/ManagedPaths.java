package io.opencenter.installer.gitops.publish;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths of the user's repository the publisher owns, derived from the generated tree's own paths under the
 * target folder: a top-level file ({@code .sops.yaml}), a top-level folder ({@code infrastructure/}, {@code apps/}),
 * and under {@code clusters/} only the cluster's own folder ({@code clusters/<name>/}), since one repository may hold
 * several clusters. Everything outside these is the user's and is never touched. What the tree no longer holds inside
 * an owned folder is removed from the repository.
 */
final class ManagedPaths {

    /** The one folder whose subfolders belong to different owners (one per cluster). */
    private static final String SHARED_PARENT = "clusters";

    private final String base;
    private final Set<String> files;
    private final Set<String> folders;

    private ManagedPaths(String base, Set<String> files, Set<String> folders) {
        this.base = base;
        this.files = files;
        this.folders = folders;
    }

    /**
     * @param targetPath the tree's folder in the repository ("" for the root), normalized by {@link GitTarget}
     * @param treePaths  the generated tree's file paths, relative to that folder
     */
    static ManagedPaths of(String targetPath, Collection<String> treePaths) {
        String base = targetPath.isEmpty() ? "" : targetPath + "/";
        Set<String> files = new TreeSet<>();
        Set<String> folders = new TreeSet<>();
        for (String p : treePaths) {
            if (p.isEmpty() || p.startsWith("/") || p.endsWith("/") || !isRelativePath(p)) {
                throw new GitPublishException(GitPublishException.Reason.INVALID_TARGET, "the generated GitOps "
                        + "tree holds the path \"" + p + "\", which is not a relative file path (no leading /, "
                        + "no .., no .git): this is a bug in the tree generator");
            }
            String[] segments = p.split("/");
            if (segments.length == 1 || (segments[0].equals(SHARED_PARENT) && segments.length == 2)) {
                files.add(base + p);
            } else if (segments[0].equals(SHARED_PARENT)) {
                folders.add(base + SHARED_PARENT + "/" + segments[1]);
            } else {
                folders.add(base + segments[0]);
            }
        }
        return new ManagedPaths(base, files, folders);
    }

    /** The repository path of a tree file. */
    String inRepository(String treePath) {
        return base + treePath;
    }

    /** True when the repository path {@code path} (a file) is ours: a managed file, or inside a managed folder. */
    boolean owns(String path) {
        if (files.contains(path) || folders.contains(path)) {
            return true; // a user's file where our folder (or file) goes is replaced by ours
        }
        for (String f : files) {
            if (path.startsWith(f + "/")) {
                return true; // a user's folder where our file goes
            }
        }
        for (String d : folders) {
            if (path.startsWith(d + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The owned path that would need {@code path} (a user's file) to be a folder, or null: a file named like the
     * target folder or a folder above it cannot be replaced without taking a user's file away.
     */
    String blockedBy(String path) {
        return base.startsWith(path + "/") ? path : null;
    }

    /** A path of plain segments: no empty, ".", ".." or ".git" segment. */
    static boolean isRelativePath(String p) {
        if (p.isEmpty()) {
            return true;
        }
        for (String s : p.split("/", -1)) {
            if (s.isEmpty() || s.equals(".") || s.equals("..") || s.equalsIgnoreCase(".git")) {
                return false;
            }
        }
        return true;
    }
}
