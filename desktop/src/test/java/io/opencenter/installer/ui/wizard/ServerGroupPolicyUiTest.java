package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.ui.controls.FormField;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Cluster page's control-plane placement as a person meets it: two choices, each explained right under it,
 * hard anti-affinity chosen until they pick the other; what they pick is what the config says. Screenshots at the
 * window's minimum size and at 1366x850, light and dark.
 */
@ExtendWith(ApplicationExtension.class)
class ServerGroupPolicyUiTest {
    private final WizardFixture fixture = new WizardFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @AfterEach
    void stopCloud() {
        fixture.cloud.close();
    }

    @BeforeEach
    void toClusterPage(FxRobot robot) throws Exception {
        fixture.toClusterPage(robot);
    }

    private RadioButton radio(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(RadioButton.class);
    }

    private String policyInConfig() {
        return fixture.wizard.model().toConfig().spec().controlPlane().serverGroupPolicy();
    }

    @Test
    void choosingSoftAntiAffinityAfterReadingBothExplanationsPutsItInTheConfig(FxRobot robot) throws Exception {
        RadioButton hard = radio(robot, "serverGroupPolicyHard");
        RadioButton soft = radio(robot, "serverGroupPolicySoft");
        FormField field = (FormField) hard.getParent().getParent();
        showWhole(robot, field);

        // what the page says before anything is chosen
        assertThat(field.getLabel()).isEqualTo("Control-plane placement");
        assertThat(hard.isSelected()).isTrue();
        assertThat(soft.isSelected()).isFalse();
        assertThat(hard.getText()).isEqualTo("Each node on a host of its own (anti-affinity)");
        assertThat(soft.getText()).isEqualTo("Spread where possible (soft-anti-affinity)");
        assertThat(detail(robot, "serverGroupPolicyHardDetail")).contains("at least as many compute hosts")
                .contains("control-plane nodes").contains("No valid host was found");
        assertThat(detail(robot, "serverGroupPolicySoftDetail")).contains("spreads the nodes over the hosts")
                .contains("only when it must");
        assertThat(hard.getTooltip().getText()).contains("spec.controlPlane.serverGroupPolicy");
        assertThat(isShown(robot, hard) && isShown(robot, soft)).as("both choices in view").isTrue();
        assertThat(policyInConfig()).isEqualTo("anti-affinity");
        screenshots("wizard-cluster-placement");

        robot.clickOn("#serverGroupPolicySoft");

        WizardFixture.await(() -> soft.isSelected() && !hard.isSelected());
        assertThat(policyInConfig()).isEqualTo("soft-anti-affinity");
        WizardFixture.await(() -> !fixture.nextButton().isDisabled()); // valid, and the cloud check passed again
        assertThat(robot.lookup("#serverGroupPolicyHard-problem").queryAs(Label.class).isVisible()).isFalse();
        screenshots("wizard-cluster-placement-soft");

        robot.clickOn("#serverGroupPolicyHard");
        WizardFixture.await(() -> hard.isSelected());
        assertThat(policyInConfig()).isEqualTo("anti-affinity");
    }

    @Test
    void aWordFromAFileThatIsNoPolicyIsShownAtTheChoiceUntilOneIsPicked(FxRobot robot) throws Exception {
        RadioButton hard = radio(robot, "serverGroupPolicyHard");
        robot.interact(() -> fixture.wizard.model().config().serverGroupPolicyProperty().set("spread"));
        Label problem = robot.lookup("#serverGroupPolicyHard-problem").queryAs(Label.class);
        WizardFixture.await(problem::isVisible);
        showWhole(robot, (FormField) hard.getParent().getParent());

        assertThat(problem.getText()).contains("`spread` is not anti-affinity or soft-anti-affinity");
        assertThat(hard.isSelected() || radio(robot, "serverGroupPolicySoft").isSelected()).isFalse();
        assertThat(fixture.nextButton().isDisabled()).isTrue();
        fixture.screenshot("wizard-cluster-placement-error.png");

        robot.clickOn("#serverGroupPolicyHard");

        WizardFixture.await(() -> !problem.isVisible());
        assertThat(policyInConfig()).isEqualTo("anti-affinity");
        WizardFixture.await(() -> !fixture.nextButton().isDisabled());
    }

    /** At the window's smallest size and at a common laptop size, light then dark, the field scrolled into view. */
    private void screenshots(String name) throws Exception {
        FxRobot robot = new FxRobot();
        FormField field = (FormField) robot.lookup("#serverGroupPolicyHard").query().getParent().getParent();
        for (String theme : new String[] {"light", "dark"}) {
            for (double[] size : new double[][] {{fixture.stage.getMinWidth(), fixture.stage.getMinHeight()},
                    {1366, 850}}) {
                robot.interact(() -> {
                    fixture.stage.setWidth(size[0]);
                    fixture.stage.setHeight(size[1]);
                });
                showWhole(robot, field);
                Path png = fixture.screenshot(name + "-" + (int) size[0] + "x" + (int) size[1] + "-" + theme + ".png");
                BufferedImage image = ImageIO.read(png.toFile());
                assertThat(image.getWidth()).isEqualTo((int) fixture.scene().getWidth());
                assertThat(isShown(robot, field)).as("the whole field is in view at %sx%s", size[0], size[1]).isTrue();
            }
            robot.clickOn("#themeToggle");
        }
        // back to light and the window's own size for what follows
        robot.interact(() -> {
            fixture.stage.setWidth(WizardWindow.WIDTH);
            fixture.stage.setHeight(WizardWindow.HEIGHT);
        });
        assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("primer-light");
    }

    private static String detail(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /**
     * Scrolls the page so that the section {@code node} is in (its grid, under the "Control plane" title) starts at
     * the top of the visible part, as far as the page goes.
     */
    private static void showWhole(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#clusterPage").queryAs(ScrollPane.class);
        robot.interact(() -> {
            scroll.layout();
            Node content = scroll.getContent();
            Node section = node.getParent();
            Bounds at = content.sceneToLocal(section.localToScene(section.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            double top = Math.max(0, Math.min(room, at.getMinY() - 48)); // the section's title above the grid
            scroll.setVvalue(room <= 0 ? 0 : scroll.getVmin() + top / room * (scroll.getVmax() - scroll.getVmin()));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether {@code node} lies wholly inside the page's visible part. */
    private static boolean isShown(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#clusterPage").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getViewportBounds());
        Bounds shown = node.localToScene(node.getBoundsInLocal());
        return shown.getMinY() >= scroll.localToScene(scroll.getBoundsInLocal()).getMinY()
                && shown.getMaxY() <= scroll.localToScene(scroll.getBoundsInLocal()).getMaxY()
                && shown.getHeight() <= viewport.getHeight() + 1;
    }
}
