package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ClusterPageUiTest {
    private final WizardFixture fixture = new WizardFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @Test
    void clusterPageShows(FxRobot robot) throws Exception {
        robot.clickOn("#nextButton");
        TextField pod = robot.lookup("#podCidr").queryAs(TextField.class);
        assertThat(pod.getText()).isEqualTo("10.244.0.0/16");
        fixture.screenshot("wizard-cluster.png");
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
