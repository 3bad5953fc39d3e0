package io.opencenter.installer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NodeEtaTest {

    private final NodeEta eta = new NodeEta(Duration.ofMinutes(6));

    @Test
    void countsDownFromTheTypicalTimeUntilTheFirstNodeIsReady() {
        assertThat(eta.remaining(Duration.ofMinutes(2), 0, 3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(eta.remaining(Duration.ofMinutes(9), 0, 3)).isEqualTo(Duration.ZERO);
    }

    @Test
    void thenExtrapolatesThePaceSeen() {
        assertThat(eta.remaining(Duration.ofMinutes(4), 2, 5)).isEqualTo(Duration.ofMinutes(6));
        assertThat(eta.remaining(Duration.ofMinutes(4), 5, 5)).isNull();
    }
}
