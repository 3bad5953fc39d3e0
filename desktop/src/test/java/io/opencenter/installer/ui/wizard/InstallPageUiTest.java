package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.bootstrap.NodeState;
import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.ResourceState;
import io.opencenter.installer.rollout.ServiceState;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.ui.wizard.install.InstallViewModel;
import io.opencenter.installer.ui.wizard.install.NodeRow;
import io.opencenter.installer.ui.wizard.install.ResourceRow;
import io.opencenter.installer.ui.wizard.install.ServiceRow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Install page on the sandbox, through the real orchestrator and engine: the infrastructure and the sandbox's
 * simulated Kubernetes to every node Ready;
 * and a cancel halfway, then Resume from the Welcome page, after which the cloud holds each planned resource once.
 */
@ExtendWith(ApplicationExtension.class)
class InstallPageUiTest {
    /** Quick transitions, so an install takes seconds, yet a server stays CREATING long enough to cancel then. */
    private final WizardFixture fixture = new WizardFixture(new TestCloud(SandboxOptions.builder()
            .serverActiveDelay(Duration.ofMillis(300))
            .volumeAvailableDelay(Duration.ofMillis(200))
            .build()));

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @AfterEach
    void stopCloud() {
        fixture.cloud.close();
    }

    private InstallViewModel install() {
        return fixture.wizard.install();
    }

    @SuppressWarnings("unchecked")
    private TableView<ResourceRow> table(FxRobot robot) {
        return robot.lookup("#resourceTable").queryAs(TableView.class);
    }

    private String phaseState(FxRobot robot, InstallPhase phase) {
        return robot.lookup("#phase-" + phase.name() + "-state").queryAs(Label.class).getText();
    }

    private void startFromReview(FxRobot robot) throws Exception {
        fixture.toReviewPage(robot);
        WizardFixture.await(() -> !robot.lookup("#installButton").queryAs(Button.class).isDisabled(), 90);
        robot.clickOn("#installButton");
        WizardFixture.await(() -> "installPage".equals(fixture.currentPageId()));
    }

    private void awaitFinished() throws Exception {
        WizardFixture.await(() -> install().runStateProperty().get() == InstallViewModel.RunState.FINISHED, 180);
    }

    private ProvisioningPlan plan() {
        return PlanBuilder.build(fixture.wizard.model().toConfig());
    }

    /**
     * The run ended with the cluster up: every resource READY, every planned server a Ready node, the five phases of
     * this build done, Health not available, and the cluster card showing the sandbox's simulated API.
     */
    private void assertClusterUp(FxRobot robot) {
        assertThat(install().succeeded().get()).as(install().messageProperty().get()).isTrue();
        assertThat(table(robot).getItems()).hasSize(plan().resources().size());
        assertThat(table(robot).getItems()).allMatch(r -> r.state() == ResourceState.READY);
        long servers = plan().resources().stream().filter(r -> r.kind() == ResourceKind.SERVER).count();
        @SuppressWarnings("unchecked")
        TableView<NodeRow> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        assertThat(nodes.getItems()).hasSize((int) servers).allMatch(n -> n.state() == NodeState.READY);
        assertThat(robot.lookup("#installProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#nodeCount").queryAs(Label.class).getText())
                .isEqualTo(servers + " of " + servers + " nodes ready \u00b7 done");
        for (InstallPhase done : List.of(InstallPhase.PREFLIGHT, InstallPhase.INFRASTRUCTURE, InstallPhase.BOOTSTRAP,
                InstallPhase.GITOPS, InstallPhase.ROLLOUT)) {
            assertThat(phaseState(robot, done)).as("%s", done).isEqualTo("done");
        }
        assertThat(phaseState(robot, InstallPhase.HEALTH)).isEqualTo("not available");
        @SuppressWarnings("unchecked")
        TableView<ServiceRow> services = robot.lookup("#serviceTable").queryAs(TableView.class);
        assertThat(services.getItems()).hasSize(install().resultProperty().get().services().size())
                .isNotEmpty().allMatch(s -> s.state() == ServiceState.READY);
        assertThat(robot.lookup("#clusterAccess").query().isVisible()).isTrue();
        assertThat(robot.lookup("#accessSimulated").query().isVisible()).isTrue();
        assertThat(robot.lookup("#accessApiUrl").queryAs(javafx.scene.control.TextField.class).getText())
                .matches("https://203\\.0\\.113\\.\\d+:6443");
        assertThat(robot.lookup("#cancelInstall").queryAs(Button.class).isVisible()).isFalse();
        assertThat(robot.lookup("#startInstall").queryAs(Button.class).isVisible()).isFalse();
    }

    /** Each planned resource exists exactly once on the cloud, and nothing else of the cluster does. */
    private void assertCloudHoldsThePlanOnce() {
        Map<String, Integer> expected = new TreeMap<>();
        for (PlannedResource r : plan().resources()) {
            String name = r.kind() == ResourceKind.ROUTER_INTERFACE ? "demo-router" : r.name();
            expected.merge(r.kind() + " " + name, 1, Integer::sum);
        }
        assertThat(SandboxInventory.of(fixture.cloud.running().profile(), "demo")).isEqualTo(expected);
    }

    @Test
    void installsTheClusterOnTheSandboxUntilEveryNodeIsReady(FxRobot robot) throws Exception {
        startFromReview(robot);
        WizardFixture.await(() -> table(robot).getItems().stream().anyMatch(r -> r.state() == ResourceState.READY)
                && table(robot).getItems().stream().anyMatch(r -> r.state() != ResourceState.READY));
        assertThat(robot.lookup("#cancelInstall").queryAs(Button.class).isVisible()).isTrue();
        fixture.screenshot("wizard-install-running.png");

        awaitFinished();
        assertClusterUp(robot);
        assertThat(install().resultProperty().get().outcome()).isEqualTo(InstallResult.Outcome.PHASE_NOT_AVAILABLE);
        @SuppressWarnings("unchecked")
        ListView<String> log = robot.lookup("#installLog").queryAs(ListView.class);
        assertThat(log.getItems()).anyMatch(l -> l.startsWith("ready network demo-network"));
        assertThat(log.getItems()).anyMatch(l -> l.startsWith("node demo-control-plane-1: ready"));
        assertThat(fixture.nextButton().isDisabled()).isTrue(); // Health comes with a later release
        fixture.screenshot("wizard-install-finished.png");

        // the cluster's admin access into "the user's" kubeconfig (TestInstall's, inside the test's workspace)
        robot.clickOn("#mergeKubeconfig");
        java.nio.file.Path theirs = fixture.workspace.resolve("user-home/.kube/config");
        WizardFixture.await(() -> robot.lookup("#mergeOutcome").queryAs(Label.class).getText()
                .startsWith("Added context \"demo\" to " + theirs));
        assertThat(java.nio.file.Files.readString(theirs)).contains(robot.lookup("#accessApiUrl")
                .queryAs(javafx.scene.control.TextField.class).getText());
        assertCloudHoldsThePlanOnce();
    }

    @Test
    void cancelledHalfwayThenResumedFromWelcomeEndsWithEachResourceOnce(FxRobot robot) throws Exception {
        startFromReview(robot);
        // cancel the moment the first server is being created (a state in the table, not a timer)
        WizardFixture.await(() -> table(robot).getItems().stream()
                .anyMatch(r -> r.kind() == ResourceKind.SERVER && r.state() == ResourceState.CREATING));
        Button cancel = robot.lookup("#cancelInstall").queryAs(Button.class);
        // read in the same FX turn as the click: a graceful cancel can end the run a moment later
        String[] whileCancelling = new String[2];
        robot.interact(() -> {
            cancel.fire();
            whileCancelling[0] = cancel.getText();
            whileCancelling[1] = Boolean.toString(cancel.isDisabled());
        });
        assertThat(whileCancelling).containsExactly("Cancelling\u2026", "true");
        awaitFinished();
        assertThat(install().resultProperty().get().outcome()).isEqualTo(InstallResult.Outcome.CANCELLED);
        assertThat(table(robot).getItems()).anyMatch(r -> r.state() != ResourceState.READY);
        assertThat(robot.lookup("#installProgressText").queryAs(Label.class).getText())
                .endsWith("resources ready").doesNotStartWith("100%");
        Button resume = robot.lookup("#startInstall").queryAs(Button.class);
        assertThat(resume.isVisible()).isTrue();
        assertThat(resume.getText()).isEqualTo("_Resume");
        assertThat(phaseState(robot, InstallPhase.INFRASTRUCTURE)).isEqualTo("cancelled");
        fixture.screenshot("wizard-install-cancelled.png");

        // as after closing the window: back to Welcome, which offers the unfinished install
        while (!"welcomePage".equals(fixture.currentPageId())) {
            robot.clickOn("#backButton");
            WizardFixture.await(() -> fixture.currentPageId() != null);
        }
        WizardFixture.await(() -> robot.lookup("#resume-demo").tryQuery().isPresent());
        fixture.screenshot("wizard-welcome-resume.png");
        robot.clickOn("#resume-demo");
        WizardFixture.await(() -> "installPage".equals(fixture.currentPageId()));
        awaitFinished();
        assertClusterUp(robot);
        assertThat(table(robot).getItems()).anyMatch(r -> r.adoptedProperty().get());
        assertCloudHoldsThePlanOnce();

        // and Welcome no longer offers it
        while (!"welcomePage".equals(fixture.currentPageId())) {
            robot.clickOn("#backButton");
            WizardFixture.await(() -> fixture.currentPageId() != null);
        }
        WizardFixture.await(() -> !robot.lookup("#resumeCard").query().isVisible());
    }
}
