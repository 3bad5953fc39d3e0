package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.rollout.ServiceState;
import io.opencenter.installer.ui.common.Theme;
import io.opencenter.installer.ui.wizard.install.InstallServices;
import io.opencenter.installer.ui.wizard.install.InstallViewModel;
import io.opencenter.installer.ui.wizard.install.ServiceRow;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Install page through GitOps and Rollout, walked as a person would: Start, the Services tab coming to the front
 * as the services appear and progress, Harbor's core going Degraded with its reason while the rest goes on, Retry on
 * its row, and everything Ready, with the cluster's repository and Flux on the cluster card. And when the rollout
 * already ended with Harbor degraded, Retry runs the install again, which resumes. The orchestrator is scripted
 * ({@link ScriptedRollout}).
 */
@ExtendWith(ApplicationExtension.class)
class InstallRolloutUiTest {
    private static final List<ServiceDef> SERVICES = ScriptedRollout.services(Catalog.builtIn());

    private ScriptedRollout script = new ScriptedRollout(false);
    private final WizardFixture fixture = new WizardFixture(new TestCloud(), this::services);

    private InstallServices services(Workspace workspace) {
        return new InstallServices(workspace, (request, listener, cancel) -> script.run(request, listener, cancel),
                List::of, (ws, cluster, overwrite, useContext) -> {
                    throw new AssertionError("this test merges no kubeconfig");
                });
    }

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @AfterEach
    void stop() {
        fixture.cloud.close();
    }

    private InstallViewModel install() {
        return fixture.wizard.install();
    }

    @SuppressWarnings("unchecked")
    private TableView<ServiceRow> serviceTable(FxRobot robot) {
        return robot.lookup("#serviceTable").queryAs(TableView.class);
    }

    /** The service table as a person reads it: each row's cells, as shown. */
    @SuppressWarnings("unchecked")
    private Map<String, String> serviceLines(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TableView<ServiceRow> table = serviceTable(robot);
            Map<String, String> lines = new java.util.LinkedHashMap<>();
            for (ServiceRow row : table.getItems()) {
                lines.put(row.id(), String.join(" | ", table.getColumns().stream().limit(5)
                        .map(c -> String.valueOf(((TableColumn<ServiceRow, ?>) c).getCellObservableValue(row)
                                .getValue())).toList()));
            }
            return lines;
        }).get();
    }

    private ServiceState state(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> serviceTable(robot).getItems().stream().filter(r -> r.id().equals(id))
                .findFirst().map(ServiceRow::state).orElse(null)).get();
    }

    private String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof TextField f ? f.getText() : ((Label) node).getText();
    }

    private String phaseState(FxRobot robot, InstallPhase phase) {
        return text(robot, "#phase-" + phase.name() + "-state");
    }

    /** Scrolls the table to Harbor's row, as a person would to find it. */
    private void scrollToHarbor(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> serviceTable(robot).scrollTo(serviceTable(robot).getItems().stream()
                .filter(r -> r.id().equals("harbor")).findFirst().orElseThrow())).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickRetryOfHarbor(FxRobot robot) throws Exception {
        scrollToHarbor(robot);
        robot.clickOn("#retry-harbor");
    }

    private void startInstall(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.wizard.navigation().goTo(WizardSteps.INSTALL));
        WizardFixture.await(() -> "installPage".equals(fixture.currentPageId()));
        robot.clickOn("#startInstall");
        assertThat(script.awaitHalfway()).isTrue();
        WizardFixture.await(() -> state(robot, "harbor") == ServiceState.DEGRADED);
    }

    @Test
    void watchesTheServicesComeUpRetriesTheDegradedHarborAndReadsTheRepository(FxRobot robot) throws Exception {
        startInstall(robot);

        // halfway: the Services tab in front, half of them ready, some progressing, Harbor degraded and why
        assertThat(robot.lookup("#installTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("servicesTab");
        Map<String, String> lines = serviceLines(robot);
        assertThat(lines.keySet()).containsExactlyElementsOf(SERVICES.stream().map(ServiceDef::id).toList());
        assertThat(lines.get("harbor")).isEqualTo("Harbor Core | harbor | degraded | 5m 00s | " + ScriptedRollout.PULL);
        assertThat(lines.get("harbor-registry"))
                .isEqualTo("Harbor Registry | harbor | blocked |  | needs Harbor Core (harbor), which is degraded");
        assertThat(lines.get(SERVICES.get(0).id())).contains(" | ready | ");
        assertThat(lines.values()).anyMatch(l -> l.contains(" | progressing | "))
                .anyMatch(l -> l.contains(" | waiting | "));
        long ready = lines.values().stream().filter(l -> l.contains(" | ready | ")).count();
        assertThat(text(robot, "#serviceCount")).isEqualTo(ready + " of " + SERVICES.size()
                + " services ready \u00b7 1 degraded");
        assertThat(phaseState(robot, InstallPhase.GITOPS)).isEqualTo("done");
        assertThat(phaseState(robot, InstallPhase.ROLLOUT)).isEqualTo("running");
        // Retry only where there is something to retry
        scrollToHarbor(robot);
        assertThat(robot.lookup("#retry-harbor").queryAs(Button.class).isVisible()).isTrue();
        assertThat(robot.lookup("#retry-" + SERVICES.get(0).id()).<Node>queryAll()).allMatch(n -> !n.isVisible());
        fixture.screenshot("wizard-install-rollout-degraded.png");
        screenshotsAtTheEdges("degraded");
        scrollToHarbor(robot);

        // Retry: the engine rolls Harbor again in this run, and the blocked ones after it
        clickRetryOfHarbor(robot);
        WizardFixture.await(() -> install().runStateProperty().get() == InstallViewModel.RunState.FINISHED, 60);
        assertThat(script.retried).containsExactly("harbor");
        assertThat(script.runs()).isEqualTo(1);
        assertThat(serviceLines(robot).values()).hasSize(SERVICES.size()).allMatch(l -> l.contains(" | ready | "));
        assertThat(text(robot, "#serviceCount")).isEqualTo(SERVICES.size() + " of " + SERVICES.size()
                + " services ready");
        assertThat(text(robot, "#installMessage")).isEqualTo("The cluster is up and every platform service is "
                + "ready. Health checks arrive with a later version.");
        assertThat(phaseState(robot, InstallPhase.ROLLOUT)).isEqualTo("done");
        assertThat(phaseState(robot, InstallPhase.HEALTH)).isEqualTo("not available");
        assertThat(robot.lookup("#retry-harbor").queryAs(Button.class).isVisible()).isFalse();

        // the cluster card: the repository Flux reads, labelled simulated on the sandbox
        assertThat(robot.lookup("#accessGitOps").query().isVisible()).isTrue();
        assertThat(text(robot, "#accessRepository")).isEqualTo(ScriptedRollout.GITOPS.repository());
        assertThat(text(robot, "#accessBranch")).isEqualTo("main \u00b7 clusters/demo");
        assertThat(text(robot, "#accessCommit")).isEqualTo(ScriptedRollout.GITOPS.commit());
        assertThat(text(robot, "#accessCommitNote")).isEqualTo("published by this run \u00b7 214 files");
        assertThat(text(robot, "#accessFlux")).isEqualTo("Flux v2.9.5 (upstream install manifests)");
        assertThat(robot.lookup("#accessFluxSimulated").query().isVisible()).isTrue();
        assertThat(text(robot, "#accessFluxSimulated")).isEqualTo("Flux simulated");
        assertThat(robot.lookup("#accessRepository").queryAs(TextField.class).isEditable()).isFalse();
        fixture.screenshot("wizard-install-rollout-done.png");
        screenshotsAtTheEdges("done");
    }

    @Test
    void afterARolloutThatEndedDegradedRetryRunsTheInstallAgainWhichResumes(FxRobot robot) throws Exception {
        script = new ScriptedRollout(true);
        startInstall(robot);
        WizardFixture.await(() -> install().runStateProperty().get() == InstallViewModel.RunState.FINISHED, 60);

        long ready = serviceLines(robot).values().stream().filter(l -> l.contains(" | ready | ")).count();
        assertThat(text(robot, "#installMessage")).isEqualTo(ready + " of " + SERVICES.size() + " platform services "
                + "are ready; degraded: Harbor Core. The Services tab says why; fix the cause, then press Retry on "
                + "its row.");
        assertThat(phaseState(robot, InstallPhase.ROLLOUT)).isEqualTo("failed");
        assertThat(fixture.nextButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#startInstall").queryAs(Button.class).getText()).isEqualTo("_Resume");
        fixture.screenshot("wizard-install-rollout-ended-degraded.png");

        clickRetryOfHarbor(robot);
        WizardFixture.await(() -> script.runs() == 2
                && install().runStateProperty().get() == InstallViewModel.RunState.FINISHED, 60);
        // the engine's retry was not used: its rollout had ended; the second run rolled everything
        assertThat(script.retried).isEmpty();
        assertThat(serviceLines(robot).values()).hasSize(SERVICES.size()).allMatch(l -> l.contains(" | ready | "));
        assertThat(text(robot, "#installMessage")).startsWith("The cluster is up and every platform service is ready");
        assertThat(install().succeeded().get()).isTrue();
    }

    /** The page at the smallest window and at a common laptop size, light and dark. */
    private void screenshotsAtTheEdges(String state) throws Exception {
        Map<String, double[]> sizes = Map.of("min", new double[] {fixture.stage.getMinWidth(),
                fixture.stage.getMinHeight()}, "1366x850", new double[] {1366, 850});
        for (Map.Entry<String, double[]> size : sizes.entrySet()) {
            for (Theme theme : Theme.values()) {
                WaitForAsyncUtils.asyncFx(() -> {
                    theme.apply();
                    fixture.stage.setWidth(size.getValue()[0]);
                    fixture.stage.setHeight(size.getValue()[1]);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                Path png = fixture.screenshot("wizard-install-rollout-" + state + "-" + size.getKey() + "-"
                        + theme.name().toLowerCase(Locale.ROOT) + ".png");
                assertThat(Files.size(png)).isPositive();
            }
        }
        // back to light and the window's own size: the stage is shared with the test classes that follow
        WaitForAsyncUtils.asyncFx(() -> {
            Theme.LIGHT.apply();
            fixture.stage.setWidth(WizardWindow.WIDTH);
            fixture.stage.setHeight(WizardWindow.HEIGHT);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
