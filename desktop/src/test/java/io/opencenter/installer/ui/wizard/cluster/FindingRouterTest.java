package io.opencenter.installer.ui.wizard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingRouterTest {
    private final List<String> fields = List.of("spec.kubernetes.podCidr", "spec.network.dnsNameservers",
            "spec.workerPools", "spec.workerPools[1]", "spec.workerPools[1].count");

    @Test
    void exactPathGoesToItsField() {
        var routed = FindingRouter.route(List.of(err("spec.kubernetes.podCidr")), fields);
        assertThat(routed.at("spec.kubernetes.podCidr")).hasSize(1);
        assertThat(routed.unmapped()).isEmpty();
    }

    @Test
    void listElementGoesToTheListField() {
        var routed = FindingRouter.route(List.of(err("spec.network.dnsNameservers[1]")), fields);
        assertThat(routed.at("spec.network.dnsNameservers")).hasSize(1);
    }

    @Test
    void poolCellWinsOverPoolRowAndTable() {
        var routed = FindingRouter.route(List.of(err("spec.workerPools[1].count"), err("spec.workerPools[1].name"),
                err("spec.workerPools")), fields);
        assertThat(routed.at("spec.workerPools[1].count")).hasSize(1);
        assertThat(routed.at("spec.workerPools[1]")).extracting(Finding::path).containsExactly("spec.workerPools[1].name");
        assertThat(routed.at("spec.workerPools")).extracting(Finding::path).containsExactly("spec.workerPools");
    }

    @Test
    void pathsWithoutAnInputAreUnmapped() {
        var routed = FindingRouter.route(List.of(err("apiVersion"), err("spec.kubernetes"), err(""),
                err("spec.kubernetes.podCidrX")), fields);
        assertThat(routed.unmapped()).hasSize(4);
        assertThat(routed.byField()).isEmpty();
    }

    private static Finding err(String path) {
        return Finding.error(path, "bad", "fix");
    }
}
