package io.opencenter.installer.ui.wizard.cloud;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/** The JavaFX thread for view-model tests whose background work reports back through it (no window needed). */
public final class Fx {
    private static volatile boolean started;

    private Fx() {}

    public static synchronized void start() {
        if (started) {
            return;
        }
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyRunning) {
            // another test class started it
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs on the FX thread and waits for it. */
    public static void run(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    public static <T> T get(Callable<T> value) throws Exception {
        return WaitForAsyncUtils.asyncFx(value).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the condition holds on the FX thread; fails after 10 s. */
    public static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> get(condition));
    }
}
