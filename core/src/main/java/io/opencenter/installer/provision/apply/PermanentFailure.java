package io.opencenter.installer.provision.apply;

/** A resource that cannot be made in this run; the message is the reason shown and journaled. */
final class PermanentFailure extends RuntimeException {
    PermanentFailure(String reason) {
        super(reason, null, false, false);
    }
}
