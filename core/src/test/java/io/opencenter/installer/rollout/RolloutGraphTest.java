package io.opencenter.installer.rollout;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog's edges among the selected services, as the rollout walks them. */
class RolloutGraphTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    private static ServiceDef service(String id, List<String> dependsOn, List<String> provides, List<String> after) {
        return new ServiceDef(id, id, "ns", "", false, List.of(Profile.OPENSTACK), null, dependsOn, List.of(),
                List.of(), List.of(), null, provides, after);
    }

    @Test
    void capabilitiesResolveToTheSelectedProviderAndAfterHoldsBackLikeFluxDependsOn() {
        RolloutGraph graph = new RolloutGraph(CATALOG.select(Profile.OPENSTACK, List.of()).enabled());
        assertThat(graph.needs("harbor")).containsExactlyInAnyOrder("cinder-csi", "http-routes", "cluster-issuers",
                "helm-controller");
        assertThat(graph.after("harbor")).containsExactly("prometheus");
        assertThat(graph.waitsFor("harbor")).containsExactlyInAnyOrder("cinder-csi", "http-routes",
                "cluster-issuers", "helm-controller", "prometheus");
        assertThat(graph.dependentsOf("harbor")).containsExactlyInAnyOrder("harbor-registry", "harbor-trivy");
        // the generated tree makes rbac-manager's "after prometheus" a dependsOn: a degraded Prometheus holds it
        assertThat(graph.dependentsOf("prometheus")).contains("rbac-manager", "harbor", "harbor-registry");
        for (ServiceDef s : graph.services()) {
            assertThat(graph.needs(s.id())).as(s.id())
                    .containsExactlyInAnyOrderElementsOf(CATALOG.dependencies(s.id(), Profile.OPENSTACK));
        }
    }

    @Test
    void servicesThatAreNotSelectedAreNoDependencies() {
        RolloutGraph graph = new RolloutGraph(List.of(service("a", List.of("gone", "storage"), List.of(), List.of("b")),
                service("s", List.of(), List.of("storage"), List.of())));
        assertThat(graph.needs("a")).containsExactly("s");
        assertThat(graph.after("a")).isEmpty();
    }

    @Test
    void aCycleOrATwiceGivenServiceIsRefusedUpFront() {
        assertThatThrownBy(() -> new RolloutGraph(List.of(service("a", List.of("b"), List.of(), List.of()),
                service("b", List.of(), List.of(), List.of("a")))))
                .hasMessage("the services depend on each other in a cycle: a -> b -> a");
        ServiceDef a = service("a", List.of(), List.of(), List.of());
        assertThatThrownBy(() -> new RolloutGraph(List.of(a, a))).hasMessage("service a is given twice");
    }
}
