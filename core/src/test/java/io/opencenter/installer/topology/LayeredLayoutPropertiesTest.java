package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Geometry invariants over many seeded random selections: whatever the user disables, nothing overlaps, services
 * stay in their namespace boxes, layers go top to bottom, edges connect the borders of existing nodes.
 */
class LayeredLayoutPropertiesTest {

    private static final double EPS = 1e-6;
    private static final Map<String, Catalog> CATALOGS = Map.of(
            "fixture", TestCatalogs.openCenterLike(),
            "built-in", Catalog.builtIn());

    static Stream<Arguments> randomSelections() {
        List<Arguments> cases = new ArrayList<>();
        cases.addAll(randomCases("fixture", 20261125L, Integer.getInteger("topology.cases", 40)));
        cases.addAll(randomCases("built-in", 20261126L, Integer.getInteger("topology.cases", 30)));
        return cases.stream();
    }

    private static List<Arguments> randomCases(String catalogName, long seed, int count) {
        Catalog catalog = CATALOGS.get(catalogName);
        Random random = new Random(seed);
        List<String> optional = TestCatalogs.optionalServiceIds(catalog);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Profile profile = random.nextBoolean() ? Profile.OPENSTACK : Profile.GENERIC;
            double share = random.nextDouble();
            List<String> disabled = optional.stream().filter(id -> random.nextDouble() < share).toList();
            cases.add(Arguments.of(catalogName, profile, disabled));
        }
        cases.add(Arguments.of(catalogName, Profile.OPENSTACK, List.of()));
        cases.add(Arguments.of(catalogName, Profile.GENERIC, optional));
        return cases;
    }

    @ParameterizedTest(name = "[{index}] {0} {1} without {2}")
    @MethodSource("randomSelections")
    void layoutInvariantsHold(String catalogName, Profile profile, List<String> disabled) {
        Catalog catalog = CATALOGS.get(catalogName);
        ServiceSelection selection = catalog.select(profile, disabled);
        TopologyDiagram d = TopologyBuilder.build("c", selection, catalog);

        assertThat(d.services()).extracting(ServiceNode::id)
                .containsExactlyInAnyOrderElementsOf(selection.enabled().stream().map(s -> s.id()).toList());
        assertThat(d.namespaces()).extracting(NamespaceBox::id)
                .containsExactlyInAnyOrderElementsOf(selection.namespaceIds());
        namespacesDoNotOverlap(d);
        servicesDoNotOverlapAndStayInTheirBox(d);
        actorsOverlapNothing(d);
        layersGoTopToBottom(d);
        edgesConnectBordersOfExistingNodes(d);
        labelsCoverNoNodeAndNoOtherLabel(d);
        everythingIsOnTheCanvasAndOutOfTheLegend(d);
    }

    private static void namespacesDoNotOverlap(TopologyDiagram d) {
        List<NamespaceBox> boxes = d.namespaces();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).bounds().overlaps(boxes.get(j).bounds()))
                        .as("%s overlaps %s", boxes.get(i).id(), boxes.get(j).id()).isFalse();
            }
        }
    }

    private static void servicesDoNotOverlapAndStayInTheirBox(TopologyDiagram d) {
        for (NamespaceBox box : d.namespaces()) {
            for (ServiceNode s : box.services()) {
                assertThat(s.namespace()).isEqualTo(box.id());
                assertThat(box.bounds().contains(s.bounds())).as("%s inside %s", s.id(), box.id()).isTrue();
                assertThat(s.bounds().overlaps(box.label().bounds())).as("%s under the title", s.id()).isFalse();
            }
        }
        List<ServiceNode> all = d.services();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).bounds().overlaps(all.get(j).bounds()))
                        .as("%s overlaps %s", all.get(i).id(), all.get(j).id()).isFalse();
            }
        }
    }

    private static void actorsOverlapNothing(TopologyDiagram d) {
        List<ActorNode> actors = d.actors();
        for (int i = 0; i < actors.size(); i++) {
            ActorNode a = actors.get(i);
            for (int j = i + 1; j < actors.size(); j++) {
                assertThat(a.bounds().overlaps(actors.get(j).bounds())).as("%s overlaps %s", a.id(),
                        actors.get(j).id()).isFalse();
            }
            for (NamespaceBox box : d.namespaces()) {
                assertThat(a.bounds().overlaps(box.bounds())).as("%s overlaps %s", a.id(), box.id()).isFalse();
            }
        }
    }

    private static void layersGoTopToBottom(TopologyDiagram d) {
        for (NamespaceBox a : d.namespaces()) {
            for (NamespaceBox b : d.namespaces()) {
                if (a.layer() < b.layer()) {
                    assertThat(a.bounds().bottom()).as("%s above %s", a.id(), b.id()).isLessThan(b.bounds().y());
                }
            }
        }
    }

    private static void edgesConnectBordersOfExistingNodes(TopologyDiagram d) {
        for (FlowEdge e : d.edges()) {
            Rect from = d.nodeBounds(e.from()).orElseThrow(() -> new AssertionError("missing node " + e.from()));
            Rect to = d.nodeBounds(e.to()).orElseThrow(() -> new AssertionError("missing node " + e.to()));
            List<Point> p = e.points();
            assertThat(from.onBorder(p.get(0), EPS)).as("%s.%d starts on %s", e.flowId(), e.step(), e.from())
                    .isTrue();
            assertThat(to.onBorder(p.get(p.size() - 1), EPS)).as("%s.%d ends on %s", e.flowId(), e.step(), e.to())
                    .isTrue();
            for (int i = 0; i + 1 < p.size(); i++) {
                boolean orthogonal = p.get(i).x() == p.get(i + 1).x() || p.get(i).y() == p.get(i + 1).y();
                assertThat(orthogonal).as("%s.%d segment %d is horizontal or vertical", e.flowId(), e.step(), i)
                        .isTrue();
            }
            assertThat(d.flows()).extracting(FlowLegend::flowId).contains(e.flowId());
        }
    }

    private static void labelsCoverNoNodeAndNoOtherLabel(TopologyDiagram d) {
        List<Rect> nodes = new ArrayList<>();
        d.services().forEach(s -> nodes.add(s.bounds()));
        d.actors().forEach(a -> nodes.add(a.bounds()));
        List<FlowEdge> edges = d.edges();
        for (int i = 0; i < edges.size(); i++) {
            Rect label = edges.get(i).labelBox();
            assertThat(label.contains(edges.get(i).label().bounds().inflate(-0.5))).isTrue();
            for (Rect n : nodes) {
                assertThat(label.overlaps(n)).as("label %s covers a node", edges.get(i).label().text()).isFalse();
            }
            for (int j = i + 1; j < edges.size(); j++) {
                assertThat(label.overlaps(edges.get(j).labelBox())).as("labels %s and %s",
                        edges.get(i).label().text(), edges.get(j).label().text()).isFalse();
            }
        }
    }

    private static void everythingIsOnTheCanvasAndOutOfTheLegend(TopologyDiagram d) {
        Rect canvas = new Rect(0, 0, d.width(), d.height());
        List<Rect> drawn = new ArrayList<>();
        d.namespaces().forEach(n -> drawn.add(n.bounds()));
        d.actors().forEach(a -> drawn.add(a.bounds()));
        d.edges().forEach(e -> drawn.add(e.labelBox()));
        drawn.add(d.header().title().bounds());
        for (Rect r : drawn) {
            assertThat(canvas.contains(r)).as("%s on canvas %s", r, canvas).isTrue();
            assertThat(r.overlaps(d.legendBounds())).as("%s clear of the legend", r).isFalse();
        }
        assertThat(canvas.contains(d.legendBounds())).isTrue();
        d.flows().forEach(f -> assertThat(canvas.contains(f.label().bounds())).isTrue());
        d.edges().forEach(e -> e.points().forEach(p -> assertThat(canvas.contains(p)).isTrue()));
    }
}
