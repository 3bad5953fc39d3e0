package io.opencenter.installer.provision.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.Cancellation;
import io.opencenter.installer.provision.ProvisionListener;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StateWaitDelayTest {

    private final StateWait wait = new StateWait(null,
            new ApplyOptions(4, true, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofMinutes(15)),
            new Cancellation(), ProvisionListener.NONE);

    @Test
    void shortWaitsAreReadAtTheInitialInterval() {
        assertThat(wait.pollDelay(Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
        assertThat(wait.pollDelay(Duration.ofMillis(2400))).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void longerWaitsAreReadAfterATenthOfTheTimeWaited() {
        assertThat(wait.pollDelay(Duration.ofSeconds(3))).isEqualTo(Duration.ofMillis(300));
        assertThat(wait.pollDelay(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void theIntervalNeverExceedsTheMaximum() {
        assertThat(wait.pollDelay(Duration.ofMinutes(10))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aServerReadyAfterOneMinuteIsSeenWithinTenPercentAndFewReads() {
        Duration waited = Duration.ZERO;
        int reads = 0;
        Duration ready = Duration.ofSeconds(60);
        while (waited.compareTo(ready) < 0) {
            waited = waited.plus(wait.pollDelay(waited));
            reads++;
        }
        assertThat(waited.minus(ready)).isLessThanOrEqualTo(ready.dividedBy(10));
        assertThat(reads).isLessThan(60);
    }
}
