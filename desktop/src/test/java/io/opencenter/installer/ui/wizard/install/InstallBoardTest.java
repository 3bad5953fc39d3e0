package io.opencenter.installer.ui.wizard.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.provision.ProgressSnapshot;
import io.opencenter.installer.provision.ResourceEvent;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.wizard.review.PlanReview;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class InstallBoardTest {
    private final InstallBoard board = new InstallBoard(ResourceBundle.getBundle("i18n.messages"));

    private static ResourceEvent event(String key, ResourceState state, boolean adopted, String reason) {
        return new ResourceEvent(key, ResourceKind.NETWORK, "demo-network", state, "id-1", adopted, reason,
                Instant.EPOCH);
    }

    @Test
    void phasesThisBuildCannotRunStartAsNotAvailable() {
        board.reset();
        assertThat(board.phase(InstallPhase.PREFLIGHT).state()).isEqualTo(PhaseState.PENDING);
        assertThat(board.phase(InstallPhase.BOOTSTRAP).state()).isEqualTo(PhaseState.PENDING);
        assertThat(board.phase(InstallPhase.ROLLOUT).state()).isEqualTo(PhaseState.PENDING);
        assertThat(board.phase(InstallPhase.HEALTH).state()).isEqualTo(PhaseState.NOT_AVAILABLE);
        board.apply(List.of(new InstallUpdate.Phase(InstallPhase.HEALTH, PhaseState.PENDING, ""),
                new InstallUpdate.Phase(InstallPhase.PREFLIGHT, PhaseState.DONE, "quotas ok")));
        assertThat(board.phase(InstallPhase.HEALTH).state()).isEqualTo(PhaseState.NOT_AVAILABLE);
        assertThat(board.phase(InstallPhase.PREFLIGHT).state()).isEqualTo(PhaseState.DONE);
        assertThat(board.log()).last().asString().contains("Preflight").contains("done").contains("quotas ok");
    }

    @Test
    void plannedRowsFollowTheirEventsAndKeepAdoption() {
        board.reset();
        PlanReview plan = PlanReview.of(ClusterConfigs.sandboxDefault());
        board.apply(List.of(new InstallUpdate.Planned(plan.rows())));
        assertThat(board.resources()).hasSize(plan.total());
        assertThat(board.resources()).allMatch(r -> r.state() == ResourceState.PENDING);

        board.apply(List.of(new InstallUpdate.Resource(event("network", ResourceState.READY, true, null))));
        ResourceRow network = board.resources().stream().filter(r -> r.key().equals("network")).findFirst()
                .orElseThrow();
        assertThat(network.state()).isEqualTo(ResourceState.READY);
        assertThat(network.adoptedProperty().get()).isTrue();
        assertThat(board.resources()).hasSize(plan.total());
        assertThat(board.log()).last().asString().startsWith("ready network demo-network").contains("adopted");
    }

    @Test
    void reasonsAndLogLinesAreRedacted() {
        board.reset();
        board.apply(List.of(
                new InstallUpdate.Resource(event("network", ResourceState.FAILED, false, "401 with password=hunter22")),
                new InstallUpdate.Log("sent X-Auth-Token: gAAAAABsecretsecretsecret")));
        assertThat(board.resources().get(0).reasonProperty().get()).doesNotContain("hunter22");
        assertThat(board.log()).noneMatch(l -> l.contains("hunter22") || l.contains("gAAAAAB"));
    }

    @Test
    void onlyTheNewestProgressOfABatchCounts() {
        board.reset();
        assertThat(board.progressProperty().get()).isNegative();
        board.apply(List.of(
                new InstallUpdate.Progress(new ProgressSnapshot(1, 4, Duration.ofSeconds(1), null)),
                new InstallUpdate.Progress(new ProgressSnapshot(3, 4, Duration.ofSeconds(2), Duration.ofSeconds(90)))));
        assertThat(board.progressProperty().get()).isEqualTo(0.75);
        assertThat(board.progressTextProperty().get()).startsWith("75%").contains("3 of 4").contains("2 min");
        board.apply(List.of(new InstallUpdate.Progress(new ProgressSnapshot(4, 4, Duration.ofSeconds(3), null))));
        assertThat(board.progressTextProperty().get()).startsWith("100%").contains("done");
    }

    @Test
    void afterAnUnfinishedRunProgressIsWhatIsReady() {
        board.reset();
        board.apply(List.of(new InstallUpdate.Planned(PlanReview.of(ClusterConfigs.sandboxDefault()).rows()),
                new InstallUpdate.Resource(event("network", ResourceState.READY, false, null)),
                new InstallUpdate.Progress(new ProgressSnapshot(41, 41, Duration.ofSeconds(3), null))));
        board.settle();
        int total = board.resources().size();
        assertThat(board.progressProperty().get()).isEqualTo(1.0 / total);
        assertThat(board.progressTextProperty().get()).isEqualTo("2% \u00b7 1 of " + total + " resources ready");
    }

    @Test
    void theLogKeepsOnlyTheNewestLines() {
        List<InstallUpdate> many = new ArrayList<>();
        for (int i = 0; i < InstallBoard.LOG_LIMIT + 10; i++) {
            many.add(new InstallUpdate.Log("line " + i));
        }
        board.apply(many);
        assertThat(board.log()).hasSize(InstallBoard.LOG_LIMIT);
        assertThat(board.log().get(0)).isEqualTo("line 10");
    }
}
