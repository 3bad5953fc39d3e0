package io.opencenter.installer.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.preflight.InfrastructureNeeds;
import io.opencenter.installer.openstack.preflight.QuotaResource;
import io.opencenter.installer.spec.ClusterConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Preflight's quota needs and the plan must count the same things, or preflight would pass a plan that fails. */
class PlanQuotasTest {

    @Test
    void planUsesExactlyWhatPreflightCountsForEveryFlavorFreeQuota() {
        for (ClusterConfig c : PlanConfigs.all()) {
            InfrastructureNeeds needs = InfrastructureNeeds.of(c, List.of());
            Map<QuotaResource, Long> planned = PlanQuotas.of(PlanConfigs.plan(c));
            for (QuotaResource q : QuotaResource.values()) {
                if (q == QuotaResource.CORES || q == QuotaResource.RAM_MB) {
                    assertThat(planned).doesNotContainKey(q);
                } else {
                    assertThat(planned.get(q)).as("%s for %s", q, c.name()).isEqualTo(needs.get(q));
                }
            }
        }
    }

    @Test
    void mixedPoolsCountVolumesAndGigabytes() {
        Map<QuotaResource, Long> q = PlanQuotas.of(PlanConfigs.plan(PlanConfigs.mixed()));
        assertThat(q.get(QuotaResource.INSTANCES)).isEqualTo(7L);
        assertThat(q.get(QuotaResource.VOLUMES)).isEqualTo(2L);
        assertThat(q.get(QuotaResource.GIGABYTES)).isEqualTo(400L);
        // 7 nodes + VIP + router interface + DHCP port
        assertThat(q.get(QuotaResource.PORTS)).isEqualTo(10L);
    }
}
