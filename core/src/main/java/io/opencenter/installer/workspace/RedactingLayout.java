package io.opencenter.installer.workspace;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;

/**
 * A Logback pattern layout whose whole output, message and stack trace included, passes the {@link LogRedactor}:
 * an exception message that quotes a request body is masked like any other line. Used for stderr
 * ({@link StderrLogConfigurator}) and the log file ({@link FileLog}).
 */
public class RedactingLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return LogRedactor.redact(super.doLayout(event));
    }

    /** A started encoder that writes events through a started redacting layout with {@code pattern}. */
    static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, String pattern) {
        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }
}
