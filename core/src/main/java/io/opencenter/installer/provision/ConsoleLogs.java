package io.opencenter.installer.provision;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.IoProblems;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Fetches a node's console log from the cloud and keeps it in the cluster's workspace folder
 * ({@code console/<server-name>.log}), where the support bundle picks it up. For a node that did not join: what
 * cloud-init and kubeadm printed on its console is usually the only account of why. Never throws: a log that cannot
 * be had says why, in words a user can act on.
 */
public final class ConsoleLogs {
    /** How many of the last lines are asked for: the cloud-init and kubeadm part of a boot, not the whole kernel. */
    public static final int LINES = 400;
    /** The most kept of a log (its end), so that a console full of long lines cannot fill the disk or the bundle. */
    static final int MAX_CHARS = 1024 * 1024;

    private ConsoleLogs() {}

    /** What came of one attempt: the file it was saved to, or (file null) why there is none. */
    public record Result(String server, Path file, String reason) {
        public boolean saved() {
            return file != null;
        }

        /** One line for the user: where the log is, or why there is none. */
        public String describe() {
            return saved() ? "console log of " + server + " saved to " + file
                    : "no console log of " + server + ": " + reason;
        }
    }

    /**
     * Asks the cloud for the last {@link #LINES} lines of {@code serverId}'s console and saves them as the console
     * log of {@code serverName} (replacing an earlier one).
     */
    public static Result fetchAndSave(InfrastructureCloud cloud, ClusterFiles files, String serverName,
                                      String serverId) {
        String text;
        try {
            text = cloud.consoleOutput(serverId, LINES);
        } catch (OpenStackException e) {
            return new Result(serverName, null, why(e));
        }
        if (text.length() > MAX_CHARS) {
            text = text.substring(text.length() - MAX_CHARS);
        }
        try {
            return new Result(serverName, files.saveConsoleLog(serverName, text), null);
        } catch (IOException e) {
            return new Result(serverName, null, "could not write " + files.consoleLog(serverName) + ": "
                    + IoProblems.describe(e));
        }
    }

    private static String why(OpenStackException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> "the server no longer exists on the cloud (" + e.getMessage() + ")";
            case CONFLICT -> "Nova never placed the server on a host, so it has not booted and has no console ("
                    + e.getMessage() + ")";
            case FORBIDDEN -> "the cloud's policy does not let this project read console logs (" + e.getMessage()
                    + ")";
            default -> e.status() == 501
                    ? "this cloud keeps no console log for its servers (" + e.getMessage() + ")"
                    : "the cloud did not give it: " + e.getMessage();
        };
    }
}
