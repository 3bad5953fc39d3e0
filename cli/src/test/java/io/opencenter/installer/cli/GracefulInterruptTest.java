package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.Cancellation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shutdown hook's work, called directly (a real signal would end the test JVM). */
class GracefulInterruptTest {

    @Test
    void theHookCancelsAndWaitsUntilTheCommandHasFinished() throws Exception {
        Cancellation cancel = new Cancellation();
        StringWriter err = new StringWriter();
        GracefulInterrupt interrupt = new GracefulInterrupt(cancel, new PrintWriter(err), Duration.ofMinutes(1));
        CountDownLatch runSawCancel = new CountDownLatch(1);
        // the "run": journals its last lines once it sees the cancel, then the command closes the guard
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            while (!cancel.isCancelled()) {
                Thread.onSpinWait();
            }
            runSawCancel.countDown();
            interrupt.close();
        });
        boolean finished = interrupt.interrupted();
        assertThat(runSawCancel.await(0, TimeUnit.SECONDS)).as("the hook returned only after the run ended").isTrue();
        assertThat(finished).isTrue();
        run.get(1, TimeUnit.MINUTES);
        assertThat(err.toString()).contains("interrupted: letting the calls in flight finish and writing the journal");
    }

    @Test
    void theWaitIsBoundedWhenTheRunNeverEnds() {
        Cancellation cancel = new Cancellation();
        StringWriter err = new StringWriter();
        GracefulInterrupt interrupt = new GracefulInterrupt(cancel, new PrintWriter(err), Duration.ofMillis(10));
        assertThat(interrupt.interrupted()).isFalse();
        assertThat(cancel.isCancelled()).isTrue();
        assertThat(err.toString()).contains("gave up waiting");
    }

    @Test
    void afterTheCommandEndedTheHookHasNothingToDo() {
        Cancellation cancel = new Cancellation();
        GracefulInterrupt interrupt = new GracefulInterrupt(cancel, new PrintWriter(new StringWriter()),
                Duration.ofMinutes(1));
        interrupt.close();
        assertThat(interrupt.interrupted()).isTrue();
        assertThat(cancel.isCancelled()).isFalse();
    }
}
