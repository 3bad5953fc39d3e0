package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopologyBuilderTest {

    private static final List<String> OBSERVABILITY = List.of("prometheus", "grafana", "alertmanager", "loki",
            "promtail", "tempo", "otel-collector", "kafka");

    private final Catalog catalog = TestCatalogs.openCenterLike();

    @Test
    void openstackProfileShowsEveryOpenstackNamespaceAndService() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);

        assertThat(namespaceIds(d)).containsExactlyInAnyOrderElementsOf(
                catalog.namespaces(Profile.OPENSTACK).stream().map(n -> n.id()).toList());
        assertThat(namespaceIds(d)).contains("cinder-csi").doesNotContain("longhorn-system");
        assertThat(serviceIds(d)).contains("openstack-ccm", "cinder-csi").doesNotContain("longhorn");
        assertThat(d.services()).hasSize(catalog.services(Profile.OPENSTACK).size());
        assertThat(d.flows()).extracting(FlowLegend::flowId).contains("storage", "cloud-controller");
        assertThat(d.actors()).extracting(ActorNode::id).contains("openstack-api");
    }

    @Test
    void genericProfileSwapsCinderForLonghornAndDropsTheCloudController() {
        TopologyDiagram d = TopologyBuilder.build("edge", catalog.select(Profile.GENERIC, List.of()), catalog);

        assertThat(d.profile()).isEqualTo(Profile.GENERIC);
        assertThat(namespaceIds(d)).contains("longhorn-system").doesNotContain("cinder-csi");
        assertThat(serviceIds(d)).contains("longhorn", "kube-vip").doesNotContain("openstack-ccm", "cinder-csi");
        // the cloud-controller flow had only OpenStack steps; the storage flow keeps its Longhorn step only
        assertThat(d.flows()).extracting(FlowLegend::flowId).doesNotContain("cloud-controller").contains("storage");
        assertThat(edgesOf(d, "storage")).extracting(FlowEdge::to).containsExactly("longhorn");
        assertThat(d.actors()).extracting(ActorNode::id).doesNotContain("openstack-api");
        assertThat(d.header().title().text()).contains("edge").contains("generic");
    }

    @Test
    void disablingTheOnlyServiceOfANamespaceRemovesTheNamespace() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of("velero")), catalog);

        assertThat(namespaceIds(d)).doesNotContain("velero");
        assertThat(serviceIds(d)).doesNotContain("velero");
        assertThat(d.namespaces()).hasSize(catalog.namespaces(Profile.OPENSTACK).size() - 1);
    }

    @Test
    void disablingOneServiceKeepsItsNamespaceWithTheOthers() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of("trivy")), catalog);

        NamespaceBox harbor = d.namespace("harbor").orElseThrow();
        assertThat(harbor.services()).extracting(ServiceNode::id).containsExactly("harbor-core", "harbor-registry");
    }

    @Test
    void stepsTouchingADisabledServiceAreDroppedButTheRestOfTheFlowKeepsItsNumbers() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, OBSERVABILITY), catalog);

        assertThat(edgesOf(d, "olm")).extracting(FlowEdge::step).containsExactly(1, 2, 4);
        assertThat(edgesOf(d, "olm")).extracting(e -> e.label().text()).containsExactly(
                "9.1 deploy OLM", "9.2 operators", "9.4 provision");
        assertThat(d.flows()).filteredOn(f -> f.flowId().equals("olm")).singleElement()
                .satisfies(f -> assertThat(f.steps()).isEqualTo(3));
    }

    @Test
    void aFlowThatNoLongerLeadsAnywhereIsDroppedWhole() {
        // without the apps, "traffic -> MetalLB -> Gateway -> HTTPRoute" routes nowhere: not worth drawing
        TopologyDiagram d = TopologyBuilder.build("prod",
                catalog.select(Profile.OPENSTACK, List.of("customer-apps")), catalog);

        assertThat(edgesOf(d, "ingress")).isEmpty();
        assertThat(d.actors()).extracting(ActorNode::id).doesNotContain("external-traffic");
        assertThat(edgesOf(d, "headlamp")).hasSize(5);
    }

    @Test
    void aFlowWithNoDrawableStepLeavesNoEdgeNoLegendAndNoActor() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, OBSERVABILITY), catalog);

        assertThat(namespaceIds(d)).doesNotContain("observability");
        assertThat(edgesOf(d, "observability")).isEmpty();
        assertThat(d.flows()).extracting(FlowLegend::flowId).doesNotContain("observability");
        assertThat(d.actors()).extracting(ActorNode::id).doesNotContain("pods");
        // numbering and colors follow the catalog, so they do not shift when a flow disappears
        FlowLegend policy = d.flows().stream().filter(f -> f.flowId().equals("policy")).findFirst().orElseThrow();
        assertThat(policy.number()).isEqualTo(6);
        assertThat(policy.colorIndex()).isEqualTo(5);
    }

    @Test
    void aServiceOthersNeedStaysEvenWhenDisabled() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of("keycloak")), catalog);

        assertThat(serviceIds(d)).contains("keycloak", "headlamp");
    }

    @Test
    void buildFromConfigUsesItsProfileDisabledListAndFacts() {
        ClusterSpec spec = new ClusterSpec(null,
                new ClusterSpec.Kubernetes("1.32.4", "10.244.0.0/16", "10.96.0.0/12", "10.20.0.10"),
                null,
                new ClusterSpec.ControlPlane(3, "m1.large", "ubuntu", 50),
                List.of(new ClusterSpec.WorkerPool("a", 2, "f", "i", 0), new ClusterSpec.WorkerPool("b", 3, "f", "i", 0)),
                null,
                new ClusterSpec.Platform("generic", List.of("velero", "harbor-core", "trivy", "harbor-registry"),
                        null, null),
                null, null);
        ClusterConfig config = new ClusterConfig(ClusterConfig.API_VERSION, ClusterConfig.KIND,
                new ClusterConfig.Metadata("prod-east"), spec);

        TopologyDiagram d = TopologyBuilder.build(config, catalog);

        assertThat(d.clusterName()).isEqualTo("prod-east");
        assertThat(d.profile()).isEqualTo(Profile.GENERIC);
        assertThat(namespaceIds(d)).doesNotContain("velero", "harbor", "cinder-csi").contains("longhorn-system");
        DiagramHeader h = d.header();
        assertThat(h.controlPlaneCount()).isEqualTo(3);
        assertThat(h.workerCount()).isEqualTo(5);
        assertThat(h.apiVip()).isEqualTo("10.20.0.10");
        assertThat(h.title().text()).isEqualTo("prod-east · generic profile");
        assertThat(h.facts().text()).contains("3 control-plane", "5 workers", "API VIP 10.20.0.10", "1.32.4");
    }

    @Test
    void configWithoutSpecGivesTheDefaultProfileAndNoFacts() {
        ClusterConfig config = new ClusterConfig(ClusterConfig.API_VERSION, ClusterConfig.KIND, null, null);

        TopologyDiagram d = TopologyBuilder.build(config, catalog);

        assertThat(d.profile()).isEqualTo(Profile.OPENSTACK);
        assertThat(d.header().facts()).isNull();
        assertThat(d.header().title().text()).startsWith("unnamed cluster");
        assertThat(d.namespaces()).hasSize(catalog.namespaces(Profile.OPENSTACK).size());
    }

    @Test
    void unusedActorsAreNotDrawnAndSelfLoopsStayOnTheirNode() {
        Catalog tiny = TestCatalogs.tiny();
        TopologyDiagram d = TopologyBuilder.build("t", tiny.select(Profile.OPENSTACK, List.of()), tiny);

        assertThat(d.actors()).extracting(ActorNode::id).containsExactly("user");
        FlowEdge loop = edgesOf(d, "batch").get(0);
        Rect worker = d.service("worker").orElseThrow().bounds();
        assertThat(worker.onBorder(loop.points().get(0), 1e-9)).isTrue();
        assertThat(worker.onBorder(loop.points().get(loop.points().size() - 1), 1e-9)).isTrue();
        assertThat(loop.label().text()).isEqualTo("2.1 retry");
    }

    @Test
    void everyEdgeRunsFromTheBorderOfItsSourceToTheBorderOfItsTarget() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);

        assertThat(d.edges()).hasSize(catalog.dataFlows().stream().mapToInt(f -> f.steps().size()).sum() - 1);
        for (FlowEdge e : d.edges()) {
            Rect from = d.nodeBounds(e.from()).orElseThrow(() -> new AssertionError("no node " + e.from()));
            Rect to = d.nodeBounds(e.to()).orElseThrow(() -> new AssertionError("no node " + e.to()));
            assertThat(from.onBorder(e.points().get(0), 1e-6)).as("start of %s.%d", e.flowId(), e.step()).isTrue();
            assertThat(to.onBorder(e.points().get(e.points().size() - 1), 1e-6))
                    .as("end of %s.%d", e.flowId(), e.step()).isTrue();
        }
    }

    static Set<String> namespaceIds(TopologyDiagram d) {
        return d.namespaces().stream().map(NamespaceBox::id).collect(Collectors.toSet());
    }

    static Set<String> serviceIds(TopologyDiagram d) {
        return d.services().stream().map(ServiceNode::id).collect(Collectors.toSet());
    }

    static List<FlowEdge> edgesOf(TopologyDiagram d, String flowId) {
        return d.edges().stream().filter(e -> e.flowId().equals(flowId)).toList();
    }

    @Test
    void anEmptyCatalogGivesAnEmptyButDrawableDiagram() throws Exception {
        Catalog empty = new Catalog(List.of(), List.of(), List.of(), List.of());

        TopologyDiagram d = TopologyBuilder.build((String) null, empty.select(Profile.GENERIC, List.of()), empty);

        assertThat(d.namespaces()).isEmpty();
        assertThat(d.edges()).isEmpty();
        assertThat(d.clusterName()).isEqualTo("unnamed cluster");
        assertThat(d.width()).isPositive();
        assertThat(SvgExporterTest.parse(new SvgExporter().toSvg(d)).getDocumentElement().getLocalName())
                .isEqualTo("svg");
        assertThat(new PngExporter().render(d, 1).getWidth()).isEqualTo((int) Math.ceil(d.width()));
    }

    @Test
    void servicesWithoutADisplayNameShowTheirId() {
        Catalog c = new Catalog(List.of(new io.opencenter.installer.platform.NamespaceDef("ns", "p",
                List.of(Profile.OPENSTACK))),
                List.of(TestCatalogs.service("svc-a", null, "ns", true, List.of(Profile.OPENSTACK))),
                List.of(), List.of());

        TopologyDiagram d = TopologyBuilder.build("x", c.select(Profile.OPENSTACK, List.of()), c);

        assertThat(d.service("svc-a").orElseThrow().label().text()).isEqualTo("svc-a");
    }
}
