package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wizard without a mouse: focus moves with Tab, toggles take Space and Enter, Alt+N / Alt+B navigate. */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyUiTest {
    private final WizardFixture fixture = new WizardFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void stopCloud() {
        fixture.cloud.close();
    }

    private Node focused() {
        return fixture.scene().getFocusOwner();
    }

    /** Presses Tab (or Shift+Tab) until the node with this id has the focus; fails after a full round. */
    private void tabTo(FxRobot robot, String id, boolean backwards) throws Exception {
        for (int i = 0; i < 60; i++) {
            if (focused() != null && id.equals(focused().getId())) {
                return;
            }
            if (backwards) {
                robot.push(KeyCode.SHIFT, KeyCode.TAB);
            } else {
                robot.push(KeyCode.TAB);
            }
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on " + focused());
    }

    @Test
    void fromWelcomeToClusterWithKeysOnly(FxRobot robot) throws Exception {
        WizardFixture.await(() -> focused() != null && "sandboxChoice".equals(focused().getId()));

        // a toggle group is one Tab stop; the arrow keys move inside it
        robot.push(KeyCode.DOWN);
        assertThat(focused().getId()).isEqualTo("cloudChoice");
        robot.push(KeyCode.ENTER);
        assertThat(robot.lookup("#cloudChoice").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(fixture.wizard.model().config().sandboxProperty().get()).isFalse();

        robot.push(KeyCode.UP);
        assertThat(focused().getId()).isEqualTo("sandboxChoice");
        robot.push(KeyCode.SPACE);
        assertThat(robot.lookup("#sandboxChoice").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(fixture.wizard.model().config().sandboxProperty().get()).isTrue();

        robot.push(KeyCode.ALT, KeyCode.N); // the Next button's mnemonic
        WizardFixture.await(() -> "cloudPage".equals(fixture.currentPageId()));
        WizardFixture.await(() -> focused() != null && "sourceSandbox".equals(focused().getId()));
        robot.push(KeyCode.ALT, KeyCode.T); // Test connection
        WizardFixture.await(() -> !fixture.nextButton().isDisabled());
        robot.push(KeyCode.ALT, KeyCode.N);
        WizardFixture.await(() -> "clusterPage".equals(fixture.currentPageId()));
        WizardFixture.await(() -> focused() != null && "name".equals(focused().getId()));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("prod-east");
        assertThat(fixture.wizard.model().toConfig().name()).isEqualTo("prod-east");

        robot.push(KeyCode.ALT, KeyCode.B); // Back's mnemonic
        WizardFixture.await(() -> "cloudPage".equals(fixture.currentPageId()));
        robot.push(KeyCode.ALT, KeyCode.B);
        WizardFixture.await(() -> "welcomePage".equals(fixture.currentPageId()));

        // and the plain way: Tab to Next, then Space
        tabTo(robot, "nextButton", false);
        robot.push(KeyCode.SPACE);
        WizardFixture.await(() -> "cloudPage".equals(fixture.currentPageId()));
        tabTo(robot, "nextButton", false);
        robot.push(KeyCode.SPACE);
        WizardFixture.await(() -> "clusterPage".equals(fixture.currentPageId()));
    }

    @Test
    void ctrlPageDownAndUpStepThroughThePages(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        WizardFixture.await(() -> "cloudPage".equals(fixture.currentPageId()));
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN); // not tested yet: stays
        assertThat(fixture.currentPageId()).isEqualTo("cloudPage");
        robot.push(KeyCode.ALT, KeyCode.T);
        WizardFixture.await(() -> !fixture.nextButton().isDisabled());
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        WizardFixture.await(() -> "clusterPage".equals(fixture.currentPageId()));
        WizardFixture.await(() -> !fixture.nextButton().isDisabled());
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        WizardFixture.await(() -> "platformPage".equals(fixture.currentPageId()));
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_UP);
        WizardFixture.await(() -> "clusterPage".equals(fixture.currentPageId()));
    }
}
