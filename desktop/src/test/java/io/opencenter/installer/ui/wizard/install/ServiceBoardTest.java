package io.opencenter.installer.ui.wizard.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.PhaseState;
import io.opencenter.installer.install.ServiceRetry;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Install page's services table and service progress, fed the way the engine's Rollout phase reports. */
class ServiceBoardTest {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages");

    /** A clock the test moves: what a progressing service's elapsed time counts on by. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final Hands clock = new Hands();
    private final InstallBoard board = new InstallBoard(BUNDLE, clock);

    private static InstallUpdate service(String id, ServiceState state, int seconds, String reason) {
        return new InstallUpdate.Service(new ServiceProgress(id, state, Duration.ofSeconds(seconds), reason));
    }

    private ServiceRow row(String id) {
        return board.services().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, ServiceBoard.Name> names() {
        Map<String, ServiceBoard.Name> names = new LinkedHashMap<>();
        Catalog.builtIn().services().forEach(s -> names.put(s.id(), new ServiceBoard.Name(s.displayName(),
                s.namespace())));
        return names;
    }

    @BeforeEach
    void planned() {
        board.reset();
        board.apply(List.of(new InstallUpdate.ServiceNames(names())));
    }

    @Test
    void beforeRolloutThereIsNoServiceTable() {
        assertThat(board.services().rows()).isEmpty();
        assertThat(board.services().activeProperty().get()).isFalse();
        assertThat(board.services().readyTextProperty().get()).isEmpty();
    }

    @Test
    void rowsComeWithTheRolloutsEventsNamedAsTheCatalogNamesThemAndCountTheReadyOnes() {
        board.apply(List.of(new InstallUpdate.Phase(InstallPhase.ROLLOUT, PhaseState.RUNNING, ""),
                service("cert-manager", ServiceState.WAITING, 0, ""),
                service("harbor", ServiceState.WAITING, 0, ""),
                service("harbor-registry", ServiceState.WAITING, 0, ""),
                service("cert-manager", ServiceState.PROGRESSING, 0, "HelmRelease cert-manager: installing")));
        assertThat(board.services().activeProperty().get()).isTrue();
        assertThat(board.services().rows()).extracting(ServiceRow::displayName, ServiceRow::namespace)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cert-manager", "cert-manager"),
                        org.assertj.core.groups.Tuple.tuple("Harbor Core", "harbor"),
                        org.assertj.core.groups.Tuple.tuple("Harbor Registry", "harbor"));
        assertThat(board.services().readyTextProperty().get()).isEqualTo("0 of 3 services ready");
        assertThat(board.progressTextProperty().get()).isEqualTo("0 of 3 services ready");
        // waiting is not news in the log; progressing is
        assertThat(board.log()).noneMatch(l -> l.contains("waiting"))
                .contains("service cert-manager (cert-manager): progressing: HelmRelease cert-manager: installing "
                        + "(0 of 3 ready)");

        board.apply(List.of(service("cert-manager", ServiceState.READY, 72, ""),
                service("harbor", ServiceState.DEGRADED, 300, "ImagePullBackOff: Back-off pulling image"),
                service("harbor-registry", ServiceState.BLOCKED, 0, "needs Harbor Core, which is degraded")));
        assertThat(row("cert-manager").elapsedProperty().get()).isEqualTo("1m 12s");
        assertThat(row("harbor").elapsedProperty().get()).isEqualTo("5m 00s");
        assertThat(row("harbor").reasonProperty().get()).isEqualTo("ImagePullBackOff: Back-off pulling image");
        assertThat(row("harbor-registry").elapsedProperty().get()).isEmpty();
        assertThat(board.services().readyTextProperty().get()).isEqualTo("1 of 3 services ready \u00b7 1 degraded");
        assertThat(board.progressProperty().get()).isEqualTo(1.0 / 3);
    }

    @Test
    void aProgressingServicesElapsedTimeCountsOnBetweenEventsAndStopsOnceReady() {
        board.apply(List.of(service("kyverno", ServiceState.PROGRESSING, 5, "")));
        assertThat(row("kyverno").elapsedProperty().get()).isEqualTo("5s");
        clock.now = clock.now.plusSeconds(62);
        board.services().tick();
        assertThat(row("kyverno").elapsedProperty().get()).isEqualTo("1m 07s");
        board.apply(List.of(service("kyverno", ServiceState.READY, 70, "")));
        clock.now = clock.now.plusSeconds(600);
        board.services().tick();
        assertThat(row("kyverno").elapsedProperty().get()).isEqualTo("1m 10s");
    }

    @Test
    void theEnginesRetryIsHeldWhileTheRolloutRunsAndDroppedWhenItEnds() {
        ServiceRetry retry = id -> true;
        board.apply(List.of(new InstallUpdate.RolloutStarted(retry), service("harbor", ServiceState.DEGRADED, 300,
                "ImagePullBackOff")));
        assertThat(board.services().retry()).containsSame(retry);
        board.apply(List.of(new InstallUpdate.Phase(InstallPhase.ROLLOUT, PhaseState.FAILED, "1 degraded")));
        assertThat(board.services().retry()).isEmpty();
        assertThat(row("harbor").state()).isEqualTo(ServiceState.DEGRADED);
    }

    @Test
    void theResultsLastStatesWinAndAResetClearsTheTable() {
        board.apply(List.of(service("harbor", ServiceState.PROGRESSING, 0, "")));
        board.rolledOut(List.of(new ServiceProgress("harbor", ServiceState.READY, Duration.ofSeconds(90), "")));
        assertThat(row("harbor").state()).isEqualTo(ServiceState.READY);
        assertThat(board.progressTextProperty().get()).isEqualTo("1 of 1 services ready");
        board.reset();
        assertThat(board.services().rows()).isEmpty();
        assertThat(board.services().activeProperty().get()).isFalse();
    }

    @Test
    void aServiceTheCatalogDoesNotKnowIsShownByItsId() {
        board.apply(List.of(service("something-new", ServiceState.PROGRESSING, 0, "")));
        assertThat(row("something-new").displayName()).isEqualTo("something-new");
        assertThat(row("something-new").namespace()).isEmpty();
    }
}
