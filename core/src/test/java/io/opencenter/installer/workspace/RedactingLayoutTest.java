package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class RedactingLayoutTest {

    @Test
    void masksMessageExceptionMessageCauseAndKeepsTheStackTrace() {
        String secret = "plain words " + System.nanoTime();
        SecretValues.remember(secret);
        LoggerContext context = new LoggerContext();
        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern("%-5level %logger - %msg%n");
        layout.start();
        Logger logger = context.getLogger("io.opencenter.installer.test");
        Exception error = new IllegalStateException("login refused: " + secret,
                new RuntimeException("request body {\"password\": \"hunter2-cause\"}"));

        String out = layout.doLayout(new LoggingEvent(Logger.class.getName(), logger, Level.ERROR,
                "tried {} with token=abc123def", error, new Object[] {secret}));

        assertThat(out).doesNotContain(secret).doesNotContain("hunter2-cause").doesNotContain("abc123def")
                .contains("ERROR io.opencenter.installer.test - tried ****** with token=******")
                .contains("IllegalStateException: login refused: ******")
                .contains("Caused by: java.lang.RuntimeException: request body {\"password\": ******")
                .contains("at io.opencenter.installer.workspace.RedactingLayoutTest");
    }
}
