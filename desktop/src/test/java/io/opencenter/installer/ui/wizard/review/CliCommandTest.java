package io.opencenter.installer.ui.wizard.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliCommandTest {

    @Test
    void plainPathsStayAsTheyAre() {
        assertThat(CliCommand.apply(Path.of("/home/me/configs/demo.yaml")))
                .isEqualTo("opencenter-installer apply -f /home/me/configs/demo.yaml");
    }

    @Test
    void pathsWithSpacesOrQuotesAreQuotedForTheShell() {
        assertThat(CliCommand.apply(Path.of("/home/me/my configs/it's.yaml")))
                .isEqualTo("opencenter-installer apply -f '/home/me/my configs/it'\\''s.yaml'");
    }
}
