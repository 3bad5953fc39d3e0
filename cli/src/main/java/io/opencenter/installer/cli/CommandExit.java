package io.opencenter.installer.cli;

/** Ends a command early with an exit code; what to say has been printed already. */
final class CommandExit extends Exception {
    private final int code;

    CommandExit(int code) {
        super(null, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
