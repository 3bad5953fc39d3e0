package io.opencenter.installer.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of the wizard launch. {@code --smoke-screenshot FILE}: render one frame to a PNG and exit (CI checks
 * that the window really comes up). {@code --exit-when-shown}: print {@code WIZARD_SHOWN} once the first frame is
 * rendered and exit (the start-up benchmark's stop watch). {@code --print-when-shown}: print it and stay open (the
 * footprint benchmark reads the memory of the open wizard). A {@code *.opencenter-bundle} path (a double-clicked
 * offline bundle) is kept as {@code bundle}. Other arguments are left to the caller.
 */
public record LaunchOptions(Path smokeScreenshot, boolean exitWhenShown, boolean printWhenShown, Path bundle) {
    public static final String BUNDLE_SUFFIX = ".opencenter-bundle";
    public static final String SMOKE_SCREENSHOT = "--smoke-screenshot";
    public static final String EXIT_WHEN_SHOWN = "--exit-when-shown";
    public static final String PRINT_WHEN_SHOWN = "--print-when-shown";

    public static LaunchOptions parse(List<String> args) {
        Path screenshot = null;
        boolean exitWhenShown = false;
        boolean printWhenShown = false;
        Path bundle = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(SMOKE_SCREENSHOT)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(SMOKE_SCREENSHOT + " needs a file name, e.g. "
                            + SMOKE_SCREENSHOT + " target/screenshots/smoke.png");
                }
                screenshot = Path.of(args.get(++i));
            } else if (arg.startsWith(SMOKE_SCREENSHOT + "=")) {
                screenshot = Path.of(arg.substring(SMOKE_SCREENSHOT.length() + 1));
            } else if (arg.equals(EXIT_WHEN_SHOWN)) {
                exitWhenShown = true;
            } else if (arg.equals(PRINT_WHEN_SHOWN)) {
                printWhenShown = true;
            } else if (arg.endsWith(BUNDLE_SUFFIX)) {
                bundle = Path.of(arg);
            }
        }
        return new LaunchOptions(screenshot, exitWhenShown, printWhenShown, bundle);
    }

    /** True when the wizard closes itself after the first frame instead of waiting for the user. */
    public boolean closesItself() {
        return smokeScreenshot != null || exitWhenShown;
    }
}
