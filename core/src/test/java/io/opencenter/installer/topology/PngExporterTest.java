package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExporterTest {

    private final Catalog catalog = TestCatalogs.openCenterLike();

    @Test
    void writesAPngOfTheScaledSizeWithRealContent(@TempDir Path dir) throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);
        Path file = dir.resolve("out/topology.png");

        new PngExporter().write(d, file, 1.5);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(d.width() * 1.5));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(d.height() * 1.5));
        assertThat(distinctColors(image)).isGreaterThan(50);
        assertThat(rgb(image, 1, 1)).isEqualTo(Color.decode(DiagramPalette.BACKGROUND).getRGB() & 0xffffff);
    }

    @Test
    void paintsTheBoxesAndFlowsInThePaletteColors() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);

        BufferedImage image = new PngExporter().render(d, 1.0);

        Set<Integer> colors = colorSet(image);
        assertThat(colors).contains(Color.decode(DiagramPalette.NAMESPACE_FILL).getRGB() & 0xffffff,
                Color.decode(DiagramPalette.ACTOR_FILL).getRGB() & 0xffffff);
        // every legend swatch is a 3 px line: its middle pixel has exactly the flow color
        for (FlowLegend f : d.flows()) {
            int x = (int) f.swatch().centerX();
            int y = (int) Math.floor(f.swatch().centerY());
            assertThat(rgb(image, x, y)).as("swatch of %s", f.flowId())
                    .isEqualTo(Color.decode(DiagramPalette.flowColor(f.colorIndex())).getRGB() & 0xffffff);
        }
    }

    @Test
    void disablingANamespaceChangesThePicture() {
        TopologyDiagram all = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);
        TopologyDiagram fewer = TopologyBuilder.build("prod",
                catalog.select(Profile.OPENSTACK, List.of("velero")), catalog);

        BufferedImage a = new PngExporter().render(all, 1.0);
        BufferedImage b = new PngExporter().render(fewer, 1.0);

        boolean same = a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight()
                && java.util.Arrays.equals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
        assertThat(same).isFalse();
    }

    @Test
    void runsHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        Catalog tiny = TestCatalogs.tiny();
        BufferedImage image = new PngExporter().render(
                TopologyBuilder.build("t", tiny.select(Profile.GENERIC, List.of()), tiny), 1.0);
        assertThat(distinctColors(image)).isGreaterThan(10);
    }

    @Test
    void rejectsANonPositiveScale(@TempDir Path dir) {
        Catalog tiny = TestCatalogs.tiny();
        TopologyDiagram d = TopologyBuilder.build("t", tiny.select(Profile.GENERIC, List.of()), tiny);

        assertThatThrownBy(() -> new PngExporter().write(d, dir.resolve("x.png"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
        assertThatThrownBy(() -> new PngExporter().write(d, dir.resolve("x.png"), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    private static int distinctColors(BufferedImage image) {
        return colorSet(image).size();
    }

    private static Set<Integer> colorSet(BufferedImage image) {
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 1) {
            for (int x = 0; x < image.getWidth(); x += 1) {
                colors.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colors;
    }
}
