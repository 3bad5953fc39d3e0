package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.NamespaceDef;
import io.opencenter.installer.platform.Profile;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The diagram of the catalog that actually ships. */
class BuiltInCatalogTopologyTest {

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void openstackDiagramHasEveryNamespaceOfTheSpecOnceInTheSvg() throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);

        List<String> expected = catalog.namespaces(Profile.OPENSTACK).stream().map(NamespaceDef::id).toList();
        assertThat(expected).hasSize(15);
        assertThat(d.namespaces()).extracting(NamespaceBox::id).containsExactlyInAnyOrderElementsOf(expected);
        Document svg = SvgExporterTest.parse(new SvgExporter().toSvg(d));
        NodeList groups = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='g' and starts-with(@id, 'ns-')]", svg, XPathConstants.NODESET);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            assertThat(ids.add(((Element) groups.item(i)).getAttribute("id"))).isTrue();
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected.stream().map(id -> "ns-" + id).toList());
        assertThat(d.flows()).hasSize(11);
    }

    @Test
    void genericDiagramHasLonghornAndNoOpenstackParts() {
        TopologyDiagram d = TopologyBuilder.build("edge", catalog.select(Profile.GENERIC, List.of()), catalog);

        assertThat(TopologyBuilderTest.namespaceIds(d)).contains("longhorn-system").doesNotContain("cinder-csi");
        assertThat(TopologyBuilderTest.serviceIds(d)).contains("longhorn", "kube-vip")
                .doesNotContain("openstack-ccm", "cinder-csi");
        assertThat(d.flows()).extracting(FlowLegend::name).contains("Storage path")
                .doesNotContain("Cloud controller path");
        assertThat(d.actors()).extracting(ActorNode::id).doesNotContain("openstack-cinder", "openstack-nova");
        // the Longhorn storage variant keeps the Storage path's number and color
        FlowLegend storage = d.flows().stream().filter(f -> f.name().equals("Storage path")).findFirst().orElseThrow();
        TopologyDiagram openstack = TopologyBuilder.build("edge", catalog.select(Profile.OPENSTACK, List.of()),
                catalog);
        FlowLegend cinder = openstack.flows().stream().filter(f -> f.name().equals("Storage path")).findFirst()
                .orElseThrow();
        assertThat(storage.number()).isEqualTo(cinder.number());
        assertThat(storage.colorIndex()).isEqualTo(cinder.colorIndex());
    }

    @Test
    void disablingVeleroRemovesItsNamespace() throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of("velero")),
                catalog);

        assertThat(TopologyBuilderTest.namespaceIds(d)).doesNotContain("velero").hasSize(14);
        assertThat(new SvgExporter().toSvg(d)).doesNotContain("id=\"ns-velero\"").doesNotContain("svc-velero");
    }

    @Test
    void everyEdgeConnectsNodesOfTheDiagram() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);

        assertThat(d.edges()).isNotEmpty();
        for (FlowEdge e : d.edges()) {
            assertThat(d.nodeBounds(e.from())).as(e.from()).isPresent();
            assertThat(d.nodeBounds(e.to())).as(e.to()).isPresent();
        }
    }

    @Test
    void pngOfTheFullDiagram(@TempDir Path dir) throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);
        Path file = dir.resolve("prod.png");

        DiagramFormat.PNG.write(d, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(d.width() * DiagramFormat.DEFAULT_PNG_SCALE));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(d.height() * DiagramFormat.DEFAULT_PNG_SCALE));
    }
}
