package io.opencenter.installer.bootstrap.node;

/**
 * Shell quoting for the {@code runcmd} lines, which cloud-init runs with {@code /bin/sh}: every value that comes
 * from the config (a version, a CIDR, a URL) is single-quoted, so no character in it is interpreted by the shell.
 */
final class Shell {
    private Shell() {}

    /** {@code 'text'}, with each {@code '} written as {@code '\''}. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** {@code text} safe inside the replacement of a sed {@code s@…@…@} command (before shell quoting). */
    static String sedReplacement(String text) {
        return text.replace("\\", "\\\\").replace("&", "\\&").replace("@", "\\@");
    }
}
