package io.opencenter.installer.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * An I/O failure in words: Java's file exceptions carry only the path as their message ({@code cannot write X: X}),
 * so the kind of failure is spelled out here, once for every face.
 */
public final class IoProblems {
    private IoProblems() {}

    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder " + n.getFile();
        }
        if (e instanceof FileSystemException f && Folders.NOT_A_FOLDER.equals(f.getReason())) {
            return f.getFile() + " " + Folders.NOT_A_FOLDER;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
