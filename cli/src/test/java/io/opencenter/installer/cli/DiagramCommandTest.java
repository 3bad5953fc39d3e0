package io.opencenter.installer.cli;

import static io.opencenter.installer.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramCommandTest {
    @TempDir
    Path tmp;

    @Test
    void svgHasOneGroupPerNamespaceAndLeavesDisabledServicesOut() throws Exception {
        // the openstack example disables velero: 14 of the 15 namespaces remain
        Path svg = tmp.resolve("out/topology.svg");
        ValidateCommandTest.Run r = run("diagram", "-f", "examples/openstack-cluster.yaml", "-o", svg.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("14 namespaces");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        NodeList groups = doc.getElementsByTagName("g");
        int namespaces = 0;
        boolean velero = false;
        for (int i = 0; i < groups.getLength(); i++) {
            String id = ((Element) groups.item(i)).getAttribute("id");
            if (id.startsWith("ns-")) {
                namespaces++;
                velero |= id.equals("ns-velero");
            }
        }
        assertThat(namespaces).isEqualTo(14);
        assertThat(velero).isFalse();
    }

    @Test
    void pngIsARealImage() throws Exception {
        Path png = tmp.resolve("topology.png");
        assertThat(run("diagram", "-f", "examples/sandbox-cluster.yaml", "-o", png.toString()).exit()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(image.getHeight()).isGreaterThan(1000);
    }

    @Test
    void invalidConfigPrintsFindingsAndExitsTwo() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("examples/sandbox-cluster.yaml"))
                .replaceFirst("podCidr: \\S+", "podCidr: 10.20.0.0/24"));
        ValidateCommandTest.Run r = run("diagram", "-f", bad.toString(), "-o", tmp.resolve("x.svg").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("ERROR spec.kubernetes.podCidr");
        assertThat(tmp.resolve("x.svg")).doesNotExist();
    }

    @Test
    void unknownOutputFormatExitsOne() {
        ValidateCommandTest.Run r = run("diagram", "-f", "examples/sandbox-cluster.yaml", "-o", tmp.resolve("x.pdf").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains(".svg").contains(".png");
    }

    @Test
    void missingFoldersAreCreatedOwnerOnlyAsSupportBundleDoes() throws Exception {
        Path svg = tmp.resolve("new/deeper/topology.svg");
        ValidateCommandTest.Run r = run("diagram", "-f", "examples/sandbox-cluster.yaml", "-o", svg.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(svg).isRegularFile();
        for (Path p : new Path[] {tmp.resolve("new"), tmp.resolve("new/deeper")}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rwx------");
        }
    }

    @Test
    void aFileWhereAFolderShouldBeIsExitOneSayingSo() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        ValidateCommandTest.Run r = run("diagram", "-f", "examples/sandbox-cluster.yaml", "-o",
                file.resolve("topology.svg").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains(file + " is a file, not a folder").doesNotContain("Exception");
    }
}
