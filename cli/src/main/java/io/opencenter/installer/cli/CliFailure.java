package io.opencenter.installer.cli;

/** A failure that is not a finding (exit code 1); its message is shown to the user as is. */
final class CliFailure extends Exception {
    CliFailure(String message) {
        super(message);
    }
}
