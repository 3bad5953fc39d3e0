package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class StderrLogConfiguratorTest {
    @Test
    void logbackFindsItInsteadOfAnXmlFile() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
    }

    @Test
    void stderrGetsWarningsRedactedAndNotInfoLines() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            new StderrLogConfigurator().configure(context);
            Logger log = context.getLogger("io.opencenter.installer.test");
            log.warn("login refused, password=hunter2-not-shown");
            log.info("an info line stays out of stderr");
        } finally {
            context.stop();
            System.setErr(original);
        }
        String err = captured.toString(StandardCharsets.UTF_8);
        assertThat(err).contains("WARN", "login refused, password=******")
                .doesNotContain("hunter2-not-shown").doesNotContain("an info line");
    }
}
