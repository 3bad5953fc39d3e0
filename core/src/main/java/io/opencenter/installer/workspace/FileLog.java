package io.opencenter.installer.workspace;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The log file of a workspace, {@code logs/installer.log}: redacted ({@link RedactingLayout}), owner-only, rolled at
 * {@link #MAX_FILE_SIZE} into {@code installer.log.1} … {@code .}{@link #FILES_KEPT} (the oldest dropped), so the log
 * never takes more than 60 MB. A fixed window, not Logback's size-and-time policy: under fast rolls that one lost
 * whole rolled files in our test. The installer's own INFO lines
 * (phases, resources, commands) go there; stderr keeps its WARN threshold. Configured in code rather than in
 * logback.xml because the workspace is known only after the command line is read.
 */
public final class FileLog {
    public static final String FILE = "installer.log";
    static final String APPENDER = "workspace-file";
    static final String OWN_LOGGER = "io.opencenter.installer";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    static final FileSize MAX_FILE_SIZE = FileSize.valueOf("10MB");
    static final int FILES_KEPT = 5;

    private FileLog() {}

    /**
     * Starts writing the log file of {@code workspace}; a second call for the same workspace does nothing, one for
     * another workspace moves the log there. Never throws: when the file cannot be written (read-only workspace,
     * another logging backend) it says so on stderr and the program goes on without a file.
     *
     * @return the active log file, empty when there is none
     */
    public static Optional<Path> start(Workspace workspace) {
        return start(workspace, MAX_FILE_SIZE, System.err);
    }

    static synchronized Optional<Path> start(Workspace workspace, FileSize maxFileSize, PrintStream warnings) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            warnings.println("opencenter-installer: warning: no log file (logging backend is "
                    + factory.getClass().getName() + ")");
            return Optional.empty();
        }
        return start(context, workspace, maxFileSize, warnings);
    }

    /** On a given context: tests that count lines use their own, which no other thread writes to. */
    static synchronized Optional<Path> start(LoggerContext context, Workspace workspace, FileSize maxFileSize,
                                             PrintStream warnings) {
        Path file = workspace.logs().resolve(FILE).toAbsolutePath();
        try {
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            Appender<ILoggingEvent> current = root.getAppender(APPENDER);
            if (current instanceof OwnerOnlyRollingAppender running && running.isStarted()
                    && Path.of(running.getFile()).equals(file)) {
                return Optional.of(file);
            }
            prepare(workspace, file);
            stop(context); // first: Logback refuses a second appender on a file an earlier one still holds
            OwnerOnlyRollingAppender appender = appender(context, file, maxFileSize);
            if (!appender.isStarted()) {
                warnings.println("opencenter-installer: warning: cannot write the log file " + file
                        + "; going on without it");
                return Optional.empty();
            }
            root.addAppender(appender);
            Logger own = context.getLogger(OWN_LOGGER);
            if (!root.getLevel().isGreaterOrEqual(Level.INFO) || own.getLevel() != null) {
                return Optional.of(file); // already more verbose (OPENCENTER_LOG_LEVEL) or set on purpose
            }
            own.setLevel(Level.INFO);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            warnings.println("opencenter-installer: warning: cannot write the log file " + file + " ("
                    + e.getMessage() + "); going on without it");
            return Optional.empty();
        }
    }

    /** Detaches and closes the log file (tests, and a move to another workspace). */
    public static synchronized void stop() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            stop(context);
        }
    }

    static synchronized void stop(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> current = root.getAppender(APPENDER);
        if (current != null) {
            root.detachAppender(current);
            current.stop();
        }
    }

    /** The workspace and its logs folder exist (0700), the active file too (0600), before Logback opens it. */
    private static void prepare(Workspace workspace, Path file) throws IOException {
        workspace.ensureExists();
        Path dir = file.getParent();
        Folders.create(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, Folders.OWNER_ONLY);
        }
        OwnerOnlyRollingAppender.createOwnerOnly(file);
        if (!Files.isWritable(file)) {
            throw new IOException("not writable");
        }
    }

    private static OwnerOnlyRollingAppender appender(LoggerContext context, Path file, FileSize maxFileSize) {
        LayoutWrappingEncoder<ILoggingEvent> encoder = RedactingLayout.encoder(context, PATTERN);

        OwnerOnlyRollingAppender appender = new OwnerOnlyRollingAppender();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        FixedWindowRollingPolicy policy = new FixedWindowRollingPolicy();
        policy.setContext(context);
        policy.setParent(appender);
        // "installer.log.<n>": every file of the log starts with installer.log, which the support bundle takes
        policy.setFileNamePattern(file + ".%i");
        policy.setMinIndex(1);
        policy.setMaxIndex(FILES_KEPT);
        policy.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(maxFileSize);
        // the size is looked at on every event (one stat), not at most every 60 ms: a burst cannot overrun a file
        trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
        trigger.start();
        appender.setRollingPolicy(policy);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        return appender;
    }
}
