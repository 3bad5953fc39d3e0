package io.opencenter.installer.ui.wizard.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.spec.ClusterConfigs;
import org.junit.jupiter.api.Test;

class PlanReviewTest {
    private final PlanReview review = PlanReview.of(ClusterConfigs.sandboxDefault());
    private final ProvisioningPlan plan = PlanBuilder.build(ClusterConfigs.sandboxDefault());

    @Test
    void oneRowPerPlannedResourceInPlanOrder() {
        assertThat(review.rows()).extracting(PlanReview.Row::name)
                .containsExactlyElementsOf(plan.resources().stream().map(r -> r.name()).toList());
        assertThat(review.total()).isEqualTo(plan.resources().size());
    }

    @Test
    void dependenciesAreShownByName() {
        PlanReview.Row subnet = review.rows().stream().filter(r -> r.key().equals(PlanBuilder.SUBNET)).findFirst()
                .orElseThrow();
        assertThat(subnet.dependsOn()).containsExactly("demo-network");
    }

    @Test
    void countsLeaveOutKindsThePlanDoesNotHave() {
        assertThat(review.counts()).containsEntry(ResourceKind.SERVER, 5).doesNotContainKey(ResourceKind.LOAD_BALANCER);
        assertThat(review.orderedCounts().get(0).getKey()).isEqualTo(ResourceKind.NETWORK);
        assertThat(review.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(review.total());
    }
}
