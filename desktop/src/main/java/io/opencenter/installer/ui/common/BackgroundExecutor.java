package io.opencenter.installer.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/** Daemon worker threads for UI background work; an exception that escapes a job is logged, never swallowed. */
public final class BackgroundExecutor {
    private BackgroundExecutor() {}

    public static ExecutorService create(int threads) {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, job -> {
            Thread t = new Thread(job, "ui-background-" + counter.incrementAndGet());
            t.setDaemon(true); // a closed window must not be kept alive by a worker
            // the logger is looked up only when needed: starting Logback costs a quarter second of start-up
            t.setUncaughtExceptionHandler((thread, e) -> LoggerFactory.getLogger(BackgroundExecutor.class)
                    .error("uncaught in {}", thread.getName(), e));
            return t;
        });
    }
}
