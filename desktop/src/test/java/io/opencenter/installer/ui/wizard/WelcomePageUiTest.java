package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.ui.wizard.model.StartChoice;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WelcomePageUiTest {
    private final WizardFixture fixture = new WizardFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @Test
    void sandboxIsPreselectedAndLabelledSimulated(FxRobot robot) throws Exception {
        RadioButton sandbox = robot.lookup("#sandboxChoice").queryAs(RadioButton.class);
        assertThat(sandbox.isSelected()).isTrue();
        assertThat(sandbox.getText()).contains("simulated");
        assertThat(fixture.wizard.model().startChoiceProperty().get()).isEqualTo(StartChoice.SANDBOX);

        Path png = fixture.screenshot("wizard-welcome.png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    @Test
    void theThemeToggleSwitchesToPrimerDarkAndBack(FxRobot robot) {
        robot.clickOn("#themeToggle");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("primer-dark");
        robot.clickOn("#themeToggle");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("primer-light");
    }

    @Test
    void stepsOfLaterReleasesAreGreyedWithANote(FxRobot robot) {
        assertThat(robot.lookup("#step-cloud").query().getStyleClass()).contains("step-upcoming");
        assertThat(robot.lookup("#step-cluster").query().getStyleClass()).contains("step-upcoming");
        assertThat(robot.lookup("#step-review").query().getStyleClass()).contains("step-upcoming");
        assertThat(robot.lookup("#step-health").query().getStyleClass()).contains("step-later");
        assertThat(robot.lookup("#step-welcome").query().getStyleClass()).contains("step-current");
    }
}
