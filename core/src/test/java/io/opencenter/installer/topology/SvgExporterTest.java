package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExporterTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private final Catalog catalog = TestCatalogs.openCenterLike();

    @Test
    void hasExactlyOneNamespaceGroupPerNamespaceHoldingItsServices() throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);

        Document doc = parse(new SvgExporter().toSvg(d));

        List<Element> nsGroups = groupsWithIdPrefix(doc.getDocumentElement(), "ns-");
        assertThat(nsGroups).extracting(g -> g.getAttribute("id"))
                .containsExactlyInAnyOrderElementsOf(d.namespaces().stream().map(n -> "ns-" + n.id()).toList());
        for (NamespaceBox box : d.namespaces()) {
            Element group = nsGroups.stream().filter(g -> g.getAttribute("id").equals("ns-" + box.id()))
                    .findFirst().orElseThrow();
            assertThat(groupsWithIdPrefix(group, "svc-")).extracting(g -> g.getAttribute("id"))
                    .containsExactlyElementsOf(box.services().stream().map(s -> "svc-" + s.id()).toList());
        }
    }

    @Test
    void disabledServicesAndEmptiedNamespacesAreNotInTheSvg() throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod",
                catalog.select(Profile.OPENSTACK, List.of("velero", "trivy")), catalog);

        Set<String> ids = ids(parse(new SvgExporter().toSvg(d)));

        assertThat(ids).doesNotContain("ns-velero", "svc-velero", "svc-trivy").contains("ns-harbor", "svc-harbor-core");
    }

    @Test
    void genericProfileSvgHasLonghornAndNoCinder() throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.GENERIC, List.of()), catalog);

        Set<String> ids = ids(parse(new SvgExporter().toSvg(d)));

        assertThat(ids).contains("ns-longhorn-system", "svc-longhorn")
                .doesNotContain("ns-cinder-csi", "svc-openstack-ccm", "actor-openstack-api");
    }

    @Test
    void textIsEscapedAndSurvivesTheRoundTrip() throws Exception {
        Catalog tiny = TestCatalogs.tiny();
        TopologyDiagram d = TopologyBuilder.build("a&b <c>", tiny.select(Profile.OPENSTACK, List.of()), tiny);

        Document doc = parse(new SvgExporter().toSvg(d));

        assertThat(texts(doc)).contains("Web <front> & \"back\"", "a&b <c> · openstack profile");
        assertThat(doc.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
                .isEqualTo("a&b <c> · openstack profile");
    }

    @Test
    void everyEdgeIsAPolylineWithAnArrowMarkerAndALabel() throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);

        Document doc = parse(new SvgExporter().toSvg(d));

        Set<String> markers = new HashSet<>();
        NodeList markerNodes = doc.getElementsByTagNameNS(SVG_NS, "marker");
        for (int i = 0; i < markerNodes.getLength(); i++) {
            markers.add(((Element) markerNodes.item(i)).getAttribute("id"));
        }
        NodeList lines = doc.getElementsByTagNameNS(SVG_NS, "polyline");
        assertThat(lines.getLength()).isEqualTo(d.edges().size());
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            String ref = line.getAttribute("marker-end");
            assertThat(ref).startsWith("url(#arrow-");
            assertThat(markers).contains(ref.substring("url(#".length(), ref.length() - 1));
            assertThat(line.getAttribute("points").split(" ")).hasSize(d.edges().get(i).points().size());
        }
        assertThat(texts(doc)).containsAll(d.edges().stream().map(e -> e.label().text()).toList());
        Set<String> ids = ids(doc);
        d.edges().forEach(e -> assertThat(ids).contains("edge-" + e.flowId() + "-" + e.step()));
        d.actors().forEach(a -> assertThat(ids).contains("actor-" + a.id()));
    }

    @Test
    void legendListsEveryDrawnFlow() throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);

        Document doc = parse(new SvgExporter().toSvg(d));

        Element legend = byId(doc, "legend");
        assertThat(groupsWithIdPrefix(legend, "legend-")).hasSize(d.flows().size()).hasSize(11);
        assertThat(legend.getTextContent()).contains("Data flows", "1  Ingress path", "11  Cloud controller path");
    }

    @Test
    void writeCreatesAParsableFile(@TempDir Path dir) throws Exception {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);
        Path file = dir.resolve("sub/topology.svg");

        new SvgExporter().write(d, file);

        Document doc = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 " + SvgExporter.num(d.width())
                + " " + SvgExporter.num(d.height()));
    }

    @Test
    void numbersAreWrittenWithoutLocaleOrNoise() {
        assertThat(SvgExporter.num(12)).isEqualTo("12");
        assertThat(SvgExporter.num(12.5)).isEqualTo("12.5");
        assertThat(SvgExporter.num(1.0 / 3)).isEqualTo("0.33");
        assertThat(SvgExporter.id("a b/c")).isEqualTo("a_b_c");
        assertThat(SvgExporter.text("x\u0001y<")).isEqualTo("xy&lt;");
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> groupsWithIdPrefix(Element root, String prefix) {
        List<Element> out = new ArrayList<>();
        NodeList groups = root.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("id").startsWith(prefix)) {
                out.add(g);
            }
        }
        return out;
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS(SVG_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertThat(ids.add(id)).as("id %s is unique", id).isTrue();
            }
        }
        return ids;
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS(SVG_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }
}
