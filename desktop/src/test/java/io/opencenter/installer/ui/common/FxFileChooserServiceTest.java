package io.opencenter.installer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FxFileChooserServiceTest {
    @Test
    void aSaveNameWithoutExtensionGetsTheTypesOne() {
        assertThat(FxFileChooserService.withExtension(Path.of("/tmp/prod"), FileType.CONFIG))
                .isEqualTo(Path.of("/tmp/prod.yaml"));
        assertThat(FxFileChooserService.withExtension(Path.of("/tmp/d"), FileType.SVG)).isEqualTo(Path.of("/tmp/d.svg"));
    }

    @Test
    void aNameWithAnExtensionIsKept() {
        assertThat(FxFileChooserService.withExtension(Path.of("/tmp/prod.yml"), FileType.CONFIG))
                .isEqualTo(Path.of("/tmp/prod.yml"));
    }
}
