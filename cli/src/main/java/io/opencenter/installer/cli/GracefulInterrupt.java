package io.opencenter.installer.cli;

import io.opencenter.installer.provision.Cancellation;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during apply or destroy: the JVM's shutdown hook asks the run to cancel (calls in flight finish and are
 * journaled, nothing new starts) and holds the JVM until the command says it is done, at most {@code wait}, so
 * the journal and the final message are complete. The command closes this when its output is written.
 */
final class GracefulInterrupt implements AutoCloseable {
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final Cancellation cancel;
    private final PrintWriter err;
    private final Duration wait;
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    GracefulInterrupt(Cancellation cancel, PrintWriter err, Duration wait) {
        this.cancel = cancel;
        this.err = err;
        this.wait = wait;
        this.hook = new Thread(this::interrupted, "graceful-cancel");
    }

    /** Registers the shutdown hook. */
    static GracefulInterrupt install(Cancellation cancel, PrintWriter err) {
        GracefulInterrupt g = new GracefulInterrupt(cancel, err, DEFAULT_WAIT);
        Runtime.getRuntime().addShutdownHook(g.hook);
        return g;
    }

    /** What the hook does; returns whether the run finished within the wait. */
    boolean interrupted() {
        if (done.getCount() == 0) {
            return true;
        }
        err.println();
        err.println("interrupted: letting the calls in flight finish and writing the journal (at most "
                + Durations.format(wait) + ")...");
        err.flush();
        cancel.cancel();
        try {
            boolean finished = done.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                err.println("gave up waiting; the journal is consistent up to its last line, run the command again");
                err.flush();
            }
            return finished;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already shutting down (the hook is running) or the hook was never registered
        }
    }
}
