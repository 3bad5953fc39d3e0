package io.opencenter.installer.provision;

/**
 * Receives progress from apply and destroy. Called from worker threads, possibly concurrently: implementations
 * hand over to their own thread (the UI posts to the FX thread) and must not block. Lines never hold secrets.
 */
public interface ProvisionListener {

    void resource(ResourceEvent event);

    void progress(ProgressSnapshot progress);

    /** A human-readable log line (what the executor did, waits, retries). */
    default void log(String line) {}

    ProvisionListener NONE = new ProvisionListener() {
        @Override
        public void resource(ResourceEvent event) {}

        @Override
        public void progress(ProgressSnapshot progress) {}
    };
}
