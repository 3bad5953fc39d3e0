package io.opencenter.installer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void noOptionsMeansAnInteractiveWizard() {
        LaunchOptions o = LaunchOptions.parse(List.of());
        assertThat(o.closesItself()).isFalse();
    }

    @Test
    void smokeScreenshotTakesAFileInEitherSpelling() {
        assertThat(LaunchOptions.parse(List.of("--smoke-screenshot", "t/s.png")).smokeScreenshot())
                .isEqualTo(Path.of("t/s.png"));
        assertThat(LaunchOptions.parse(List.of("--smoke-screenshot=a.png")).smokeScreenshot())
                .isEqualTo(Path.of("a.png"));
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--smoke-screenshot")))
                .hasMessageContaining("needs a file name");
    }

    @Test
    void exitWhenShownIsAFlagAndOtherArgumentsAreLeftAlone() {
        LaunchOptions o = LaunchOptions.parse(List.of("--workspace", "/tmp/w", "--exit-when-shown"));
        assertThat(o.exitWhenShown()).isTrue();
        assertThat(o.smokeScreenshot()).isNull();
        assertThat(o.closesItself()).isTrue();
    }

    @Test
    void printWhenShownStaysOpen() {
        LaunchOptions o = LaunchOptions.parse(List.of("--print-when-shown"));
        assertThat(o.printWhenShown()).isTrue();
        assertThat(o.closesItself()).isFalse();
    }

    @Test
    void aDoubleClickedOfflineBundleIsKept() {
        assertThat(LaunchOptions.parse(List.of("/media/usb/site-a.opencenter-bundle")).bundle())
                .isEqualTo(Path.of("/media/usb/site-a.opencenter-bundle"));
        assertThat(LaunchOptions.parse(List.of("--workspace", "/tmp/w")).bundle()).isNull();
    }
}
