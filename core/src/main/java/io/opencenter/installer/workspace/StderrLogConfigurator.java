package io.opencenter.installer.workspace;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, in code (found through {@code META-INF/services}) instead of a logback.xml: parsing XML
 * at start-up cost the wizard a few hundred milliseconds before its first frame. Stderr only, because stdout
 * belongs to CLI output (text/JSON findings); redacted; at WARN, or {@code OPENCENTER_LOG_LEVEL}. The threshold
 * keeps stderr there when {@link FileLog} turns the installer's own loggers up to INFO for the workspace's file.
 */
public final class StderrLogConfigurator extends ContextAwareBase implements Configurator {
    static final String LEVEL_ENV = "OPENCENTER_LOG_LEVEL";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Level level = Level.toLevel(System.getenv(LEVEL_ENV), Level.WARN);
        LayoutWrappingEncoder<ILoggingEvent> encoder = RedactingLayout.encoder(context, PATTERN);
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setContext(context);
        threshold.setLevel(level.toString());
        threshold.start();

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.addFilter(threshold);
        stderr.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
