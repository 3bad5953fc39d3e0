package io.opencenter.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noArgumentsOrOnlyWizardOptionsOpenTheWizard() {
        assertThat(Main.isWizardInvocation(new String[] {})).isTrue();
        assertThat(Main.isWizardInvocation(new String[] {"--smoke-screenshot", "x.png"})).isTrue();
        assertThat(Main.isWizardInvocation(new String[] {"--workspace", "/tmp/w", "--exit-when-shown"})).isTrue();
        assertThat(Main.isWizardInvocation(new String[] {"--print-when-shown"})).isTrue();
        // what the desktop runs for a double-clicked offline bundle
        assertThat(Main.isWizardInvocation(new String[] {"/home/u/site-a.opencenter-bundle"})).isTrue();
    }

    @Test
    void aSubcommandOrCliOptionRunsTheCli() {
        assertThat(Main.isWizardInvocation(new String[] {"validate", "-f", "a.yaml"})).isFalse();
        assertThat(Main.isWizardInvocation(new String[] {"--workspace", "/tmp/w", "validate"})).isFalse();
        assertThat(Main.isWizardInvocation(new String[] {"--version"})).isFalse();
    }

    @Test
    void workspaceOptionInBothSpellings() {
        assertThat(Main.workspaceOption(new String[] {"--workspace", "/tmp/a"})).isEqualTo(Path.of("/tmp/a"));
        assertThat(Main.workspaceOption(new String[] {"--workspace=/tmp/b"})).isEqualTo(Path.of("/tmp/b"));
        assertThat(Main.workspaceOption(new String[] {})).isNull();
    }

    /** What the wizard says without a display: exit 1, the reason, the commands to use, no stack trace, nothing run. */
    static void assertExplained(int exit, ByteArrayOutputStream err, String reason) {
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(text).startsWith("error: the wizard needs a display, and there is none (" + reason + ")")
                .contains("opencenter-installer <command>").contains("validate, diagram, cloud, preflight, plan, apply")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void withoutDisplayOnLinuxTheWizardSaysSoBeforeStartingAnything() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicBoolean launched = new AtomicBoolean();
        int exit = Main.wizard(Map.of("HOME", "/home/u"), "Linux", null, new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> launched.set(true));
        assertExplained(exit, err, "neither DISPLAY nor WAYLAND_DISPLAY is set");
        assertThat(launched).isFalse();
    }

    @Test
    void aDisplayOrAHeadlessPlatformOrAnotherOsStartsTheWizard() {
        assertThat(NoDisplay.missing(Map.of("DISPLAY", ":0"), "Linux", null)).isEmpty();
        assertThat(NoDisplay.missing(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isEmpty();
        assertThat(NoDisplay.missing(Map.of(), "Linux", "Monocle")).isEmpty();
        assertThat(NoDisplay.missing(Map.of(), "Mac OS X", null)).isEmpty();
        assertThat(NoDisplay.missing(Map.of(), "Windows 11", null)).isEmpty();
        assertThat(NoDisplay.missing(Map.of("DISPLAY", " "), "FreeBSD", null)).isPresent();
    }

    @Test
    void javaFxFailingForWantOfADisplayIsExplainedNotThrown() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.wizard(Map.of("DISPLAY", ":99"), "Linux", null, new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> {
                    throw new RuntimeException("Application launch failed",
                            new UnsupportedOperationException("Unable to open DISPLAY"));
                });
        assertExplained(exit, err, "Unable to open DISPLAY");
    }

    @Test
    void anyOtherStartFailureIsNotMistakenForAMissingDisplay() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> Main.wizard(Map.of("DISPLAY", ":0"), "Linux", null, System.err, () -> {
            throw boom;
        })).isSameAs(boom);
    }
}
