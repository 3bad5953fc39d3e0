package io.opencenter.installer.workspace;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A Logback pattern layout whose whole output, message and stack trace included, passes the {@link LogRedactor}:
 * an exception message that quotes a request body is masked like any other line. Used for stderr ({@link StderrLogConfigurator})
 * and the log file ({@link FileLog}).
 */
public class RedactingLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return LogRedactor.redact(super.doLayout(event));
    }
}
