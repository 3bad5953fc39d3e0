package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Cluster page as a person uses it: type into fields, read what is shown under them, watch Next. */
@ExtendWith(ApplicationExtension.class)
class ClusterPageUiTest {
    private final WizardFixture fixture = new WizardFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void stopCloud() {
        fixture.cloud.close();
    }

    @BeforeEach
    void toClusterPage(FxRobot robot) throws Exception {
        fixture.toClusterPage(robot);
    }

    private Button next(FxRobot robot) {
        return robot.lookup("#nextButton").queryAs(Button.class);
    }

    private void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    @Test
    void overlappingPodCidrIsExplainedAtTheFieldAndBlocksNextUntilFixed(FxRobot robot) throws Exception {
        Label problem = robot.lookup("#podCidr-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isFalse();
        assertThat(next(robot).isDisabled()).isFalse();
        fixture.screenshot("wizard-cluster.png");

        replaceText(robot, "#podCidr", "10.20.0.0/24"); // the node CIDR
        WizardFixture.await(() -> problem.isVisible());
        assertThat(robot.lookup("#podCidr").queryAs(TextField.class).getText()).isEqualTo("10.20.0.0/24");
        assertThat(problem.getText()).contains("overlaps nodeCidr").contains("Hint:");
        assertThat(next(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#podCidr").queryAs(TextField.class).getStyleClass()).contains("field-invalid");
        fixture.screenshot("wizard-cluster-error.png");

        replaceText(robot, "#podCidr", "10.244.0.0/16");
        WizardFixture.await(() -> !problem.isVisible());
        WizardFixture.await(() -> !next(robot).isDisabled()); // after the cloud check of the fixed config
    }

    @Test
    void aWorkerPoolProblemIsShownUnderItsRow(FxRobot robot) throws Exception {
        Spinner<?> count = robot.lookup("#pool-0-count").queryAs(Spinner.class);
        robot.interact(() -> count.getEditor().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("101");
        Label rowProblem = robot.lookup("#pool-0-problem").queryAs(Label.class);
        WizardFixture.await(() -> rowProblem.isVisible());
        assertThat(rowProblem.getText()).contains("101");
        assertThat(next(robot).isDisabled()).isTrue();
        assertThat(fixture.wizard.model().toConfig().spec().workerPools().get(0).count()).isEqualTo(101);
    }

    @Test
    void addingAndRemovingPoolsKeepsTheConfigInStep(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#addWorkerPool").queryButton().fire());
        assertThat(fixture.wizard.model().toConfig().spec().workerPools()).hasSize(2);
        TextField name = robot.lookup("#pool-1-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("default")); // duplicate of pool 0
        Label rowProblem = robot.lookup("#pool-1-problem").queryAs(Label.class);
        WizardFixture.await(() -> rowProblem.isVisible());
        assertThat(next(robot).isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#pool-1-remove").queryButton().fire());
        WizardFixture.await(() -> robot.lookup("#pool-1-name").tryQuery().isEmpty());
        assertThat(fixture.wizard.model().toConfig().spec().workerPools()).hasSize(1);
        WizardFixture.await(() -> !next(robot).isDisabled());
    }
}
