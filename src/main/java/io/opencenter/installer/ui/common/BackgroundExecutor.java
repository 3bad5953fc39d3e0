package io.opencenter.installer.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Daemon worker threads for UI background work; an exception that escapes a job is logged, never swallowed. */
public final class BackgroundExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private BackgroundExecutor() {}

    public static ExecutorService create(int threads) {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, job -> {
            Thread t = new Thread(job, "ui-background-" + counter.incrementAndGet());
            t.setDaemon(true); // a closed window must not be kept alive by a worker
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("uncaught in {}", thread.getName(), e));
            return t;
        });
    }
}
