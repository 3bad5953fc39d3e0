package io.opencenter.installer.bootstrap.pki;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The cluster's kept PKI cannot be used: a file is missing, unreadable, or does not fit the others. The message
 * names the file and what to do; it never quotes the file (it may hold a key).
 */
public final class PkiStoreException extends IOException {
    private final transient Path file;

    PkiStoreException(String clusterName, Path dir, Path file, String problem) {
        super(file + " " + problem + ". The PKI of cluster \"" + clusterName + "\" in " + dir + " is damaged; the "
                + "installer does not make a new one, because servers already built for the cluster trust its CA. "
                + "Restore " + dir + " from a backup; or, only if the cluster has no servers (run destroy first), "
                + "delete " + dir + " and run again to make a new PKI.");
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
