package io.opencenter.installer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataFlowTest {
    private final DataFlow flow = new DataFlow("f", "F path", "a → b → c, b → d", List.of(
            new DataFlow.Step("a", "b", "1"),
            new DataFlow.Step("b", "c", "2"),
            new DataFlow.Step("b", "d", "3")));

    @Test
    void existsInEveryProfileUnlessTold() {
        assertThat(flow.profiles()).containsExactly(Profile.values());
        assertThat(new DataFlow("g", "G", "", List.of(), List.of(Profile.GENERIC)).in(Profile.OPENSTACK)).isFalse();
    }

    @Test
    void restrictingKeepsStepsThatStillLeadToAnEnd() {
        DataFlow withoutC = flow.restrictedTo(id -> !id.equals("c"));
        assertThat(withoutC.steps()).extracting(DataFlow.Step::label).containsExactly("1", "3");
    }

    @Test
    void restrictingPrunesStepsThatNowLeadNowhere() {
        DataFlow withoutCAndD = flow.restrictedTo(id -> Set.of("a", "b").contains(id));
        assertThat(withoutCAndD.steps()).isEmpty();
    }

    @Test
    void endpointsAreEveryIdTouched() {
        assertThat(flow.endpoints()).containsExactly("a", "b", "c", "d");
    }
}
