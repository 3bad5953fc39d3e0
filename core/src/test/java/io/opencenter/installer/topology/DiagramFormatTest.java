package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramFormatTest {

    @Test
    void picksTheFormatByExtensionIgnoringCase() {
        assertThat(DiagramFormat.fromPath(Path.of("out.svg"))).isEqualTo(DiagramFormat.SVG);
        assertThat(DiagramFormat.fromPath(Path.of("dir/Topology.SVG"))).isEqualTo(DiagramFormat.SVG);
        assertThat(DiagramFormat.fromPath(Path.of("/tmp/x.y/out.png"))).isEqualTo(DiagramFormat.PNG);
        assertThat(DiagramFormat.fromPath(Path.of("out.Png"))).isEqualTo(DiagramFormat.PNG);
    }

    @Test
    void otherExtensionsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> DiagramFormat.fromPath(Path.of("out.jpg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out.jpg").hasMessageContaining(".jpg")
                .hasMessageContaining(".svg").hasMessageContaining(".png");
        assertThatThrownBy(() -> DiagramFormat.fromPath(Path.of("diagram")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no extension");
        assertThatThrownBy(() -> DiagramFormat.fromPath(Path.of("dir.svg/out")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTheMatchingFileType(@TempDir Path dir) throws Exception {
        Catalog tiny = TestCatalogs.tiny();
        TopologyDiagram d = TopologyBuilder.build("t", tiny.select(Profile.OPENSTACK, List.of()), tiny);
        Path svg = dir.resolve("a.svg");
        Path png = dir.resolve("a.png");

        DiagramFormat.fromPath(svg).write(d, svg);
        DiagramFormat.fromPath(png).write(d, png);

        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg");
        byte[] head = Files.readAllBytes(png);
        assertThat(head).startsWith(0x89, 'P', 'N', 'G');
    }
}
