package io.opencenter.installer.install;

/** Sees the connection test's results as they come in (for a live list or one line per step). */
@FunctionalInterface
public interface ConnectionProgress {
    /** One needed service's result; after a failed login, the identity failure and the skipped rest. */
    void service(ServiceCheck check);

    /** The login, before any service's result. */
    default void login(LoginCheck login) {
    }
}
