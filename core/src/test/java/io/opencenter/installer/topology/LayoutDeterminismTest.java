package io.opencenter.installer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutDeterminismTest {

    private final Catalog catalog = TestCatalogs.openCenterLike();

    @Test
    void sameInputGivesTheSameDiagramAndTheSameSvg() {
        TopologyDiagram first = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of("velero")),
                catalog);
        TopologyDiagram second = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of("velero")),
                catalog);

        assertThat(second).isEqualTo(first);
        assertThat(new SvgExporter().toSvg(second)).isEqualTo(new SvgExporter().toSvg(first));
    }

    @Test
    void theOrderOfTheDisabledListDoesNotMatter() {
        TopologyDiagram a = TopologyBuilder.build("prod",
                catalog.select(Profile.GENERIC, List.of("velero", "trivy", "grafana")), catalog);
        TopologyDiagram b = TopologyBuilder.build("prod",
                catalog.select(Profile.GENERIC, List.of("grafana", "velero", "trivy")), catalog);

        assertThat(b).isEqualTo(a);
    }

    @Test
    void namespacesWhoseServicesDependOnNothingElseFormTheTopLayer() {
        TopologyDiagram d = TopologyBuilder.build("prod", catalog.select(Profile.OPENSTACK, List.of()), catalog);

        assertThat(d.namespace("flux-system").orElseThrow().layer()).isZero();
        assertThat(d.namespace("kube-system").orElseThrow().layer()).isZero();
        assertThat(d.namespace("cert-manager").orElseThrow().layer()).isEqualTo(1);
        assertThat(d.namespace("rbac-manager").orElseThrow().layer())
                .isGreaterThan(d.namespace("keycloak").orElseThrow().layer());
    }
}
