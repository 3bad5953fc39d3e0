package io.opencenter.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
