package io.opencenter.installer.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link DesktopService} on Linux: runs {@code xdg-open FOLDER} and reads its exit status, so a desktop without a
 * file manager for folders is reported (JavaFX's host services start a browser list and report nothing). Blocks
 * until xdg-open returns, which it does once the file manager is started: call it off the FX thread.
 */
public final class XdgOpenDesktopService implements DesktopService {
    private static final long WAIT_SECONDS = 20;

    private final List<String> command;

    /** {@code command} is xdg-open or, in tests, a stand-in taking the folder as its last argument. */
    public XdgOpenDesktopService(List<String> command) {
        this.command = List.copyOf(command);
    }

    public static XdgOpenDesktopService standard() {
        return new XdgOpenDesktopService(List.of("xdg-open"));
    }

    @Override
    public void open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a folder");
        }
        List<String> args = new ArrayList<>(command);
        args.add(folder.toString());
        Process process;
        try {
            process = new ProcessBuilder(args).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " could not be started (on Debian and Ubuntu it comes with the "
                    + "xdg-utils package): " + e.getMessage(), e);
        }
        try {
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroy();
                throw new IOException(command.get(0) + " did not return within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + command.get(0) + " ran", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " exited with " + process.exitValue() + reason(process.exitValue()));
        }
    }

    /** xdg-open's documented exit codes. */
    private static String reason(int exit) {
        return switch (exit) {
            case 1 -> " (error in its command line)";
            case 2 -> " (the folder does not exist)";
            case 3 -> " (a tool it needs was not found)";
            case 4 -> " (no application could open the folder)";
            default -> "";
        };
    }
}
