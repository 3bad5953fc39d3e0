package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Cloud page and the cloud check as a person meets them: test the sandbox, mistype a password, run short. */
@ExtendWith(ApplicationExtension.class)
class CloudPageUiTest {
    private static final List<String> SERVICES = List.of("identity", "compute", "network", "block-storage", "image");
    private final WizardFixture fixture = new WizardFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @AfterEach
    void stopCloud() {
        fixture.cloud.close();
    }

    private static void assertScreenshotSize(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    @Test
    void testingTheSandboxListsEveryServiceGreen(FxRobot robot) throws Exception {
        fixture.toCloudPage(robot);
        assertThat(robot.lookup("#sourceSandbox").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#sourceSandbox").queryAs(javafx.scene.control.RadioButton.class).getText())
                .contains("Sandbox (simulated cloud)");
        assertThat(fixture.nextButton().isDisabled()).as("not tested yet").isTrue();
        assertScreenshotSize(fixture.screenshot("wizard-cloud.png"));

        robot.clickOn("#testConnection");
        WizardFixture.await(() -> !fixture.nextButton().isDisabled());

        for (String service : SERVICES) {
            Label status = robot.lookup("#service-" + service + "-status").queryAs(Label.class);
            assertThat(status.getStyleClass()).as(service).contains("service-ok");
            assertThat(robot.lookup("#service-" + service + "-message").queryAs(Label.class).getText()).isEqualTo("OK");
        }
        assertThat(robot.lookup("#testStatus").queryAs(Label.class).getText()).contains("every service answered");
        assertThat(robot.lookup("#testProgress").query().isVisible()).as("spinner gone").isFalse();
        assertThat(fixture.wizard.model().cloudSessionProperty().get().discovery().flavorNames()).isNotEmpty();
        assertScreenshotSize(fixture.screenshot("wizard-cloud-tested.png"));

        // discovery fills the Cluster page's pickers; free text stays allowed
        robot.clickOn("#nextButton");
        WizardFixture.await(() -> "clusterPage".equals(fixture.currentPageId()));
        var flavor = robot.lookup("#controlPlaneFlavor").queryComboBox();
        assertThat(flavor.getItems()).contains("m1.large");
        assertThat(flavor.isEditable()).isTrue();
        assertThat(robot.lookup("#externalNetwork").queryComboBox().getItems()).contains("public");
    }

    @Test
    void aWrongPasswordShowsKeystonesAnswerAtThePasswordField(FxRobot robot) throws Exception {
        fixture.toCloudPage(robot);
        robot.clickOn("#sourceCredentials");
        robot.clickOn("#kindPassword");
        robot.clickOn("#authUrl").write(fixture.cloud.authUrl());
        robot.clickOn("#username").write(fixture.cloud.user());
        robot.clickOn("#password").write("not-the-password");
        robot.clickOn("#projectName").write(fixture.cloud.project());
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText()).isEqualTo("not-the-password");

        var test = robot.lookup("#testConnection").queryButton();
        assertThat(test.isDisabled()).as("the form is complete").isFalse();
        robot.interact(test::requestFocus); // scrolls it into view, as Tab would
        robot.clickOn(test);
        Label problem = robot.lookup("#password-problem").queryAs(Label.class);
        WizardFixture.await(problem::isVisible);

        assertThat(problem.getText()).containsIgnoringCase("requires authentication");
        assertThat(problem.getStyleClass()).contains("field-error");
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getStyleClass()).contains("field-invalid");
        assertThat(robot.lookup("#service-identity-status").queryAs(Label.class).getStyleClass())
                .contains("service-failed");
        assertThat(fixture.nextButton().isDisabled()).isTrue();
        assertThat(fixture.dialogs.errors).as("no dialog").isEmpty();
        robot.interact(() -> robot.lookup("#cloudPage").queryAs(ScrollPane.class).setVvalue(0.45));
        assertScreenshotSize(fixture.screenshot("wizard-cloud-wrong-password.png"));
        assertThat(fixture.wizard.model().toConfig().toString()).doesNotContain("not-the-password");
    }

    @Test
    void anInstanceQuotaShortByOneBlocksNextAndNamesTheQuota(FxRobot robot) throws Exception {
        // the default config plans 3 control-plane nodes and 2 workers: one instance too few
        fixture.cloud.instanceLimit(4);
        fixture.toCloudPage(robot);
        robot.clickOn("#testConnection");
        WizardFixture.await(() -> !fixture.nextButton().isDisabled());
        robot.clickOn("#nextButton");
        WizardFixture.await(() -> "clusterPage".equals(fixture.currentPageId()));

        Label status = robot.lookup("#cloudCheckStatus").queryAs(Label.class);
        WizardFixture.await(() -> status.getText().contains("Short"));
        assertThat(status.getText()).containsIgnoringCase("instances");
        assertThat(fixture.nextButton().isDisabled()).isTrue();
        TableView<?> table = robot.lookup("#quotaTable").queryAs(TableView.class);
        assertThat(table.isVisible()).isTrue();
        Label poolProblem = robot.lookup("#pool-0-problem").queryAs(Label.class);
        WizardFixture.await(poolProblem::isVisible);
        assertThat(poolProblem.getText()).containsIgnoringCase("instances");
        robot.interact(() -> robot.lookup("#clusterPage").queryAs(ScrollPane.class).setVvalue(1.0));
        assertScreenshotSize(fixture.screenshot("wizard-quota-short.png"));

        // one worker fewer fits
        var count = robot.lookup("#pool-0-count").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> count.getValueFactory().setValue(1));
        WizardFixture.await(() -> !fixture.nextButton().isDisabled());
        assertThat(status.getText()).doesNotContain("Short");
    }

    @Test
    void aSlowTestShowsASpinnerAndCancelGivesThePageBack(FxRobot robot) throws Exception {
        fixture.cloud.slow();
        fixture.toCloudPage(robot);
        robot.clickOn("#testConnection");
        var spinner = robot.lookup("#testProgress").query();
        var cancel = robot.lookup("#cancelTest").queryButton();
        WizardFixture.await(spinner::isVisible);
        assertThat(cancel.isVisible()).isTrue();
        assertThat(robot.lookup("#testConnection").queryButton().isDisabled()).as("one test at a time").isTrue();
        fixture.screenshot("wizard-cloud-testing.png");

        robot.clickOn(cancel);

        assertThat(spinner.isVisible()).isFalse();
        assertThat(cancel.isVisible()).isFalse();
        assertThat(robot.lookup("#testStatus").queryAs(Label.class).getText()).startsWith("Not tested");
        assertThat(robot.lookup("#testConnection").queryButton().isDisabled()).isFalse();
        assertThat(fixture.nextButton().isDisabled()).isTrue();
        fixture.cloud.release();
    }

    @Test
    void aCloudsYamlEntryIsTestedAndNamedInTheConfig(FxRobot robot) throws Exception {
        fixture.cloud.writeCloudsYaml();
        fixture.toCloudPage(robot);
        robot.clickOn("#sourceCloudsYaml");
        var entry = robot.lookup("#cloudEntry").queryComboBox();
        WizardFixture.await(() -> entry.getItems().contains("lab"));
        assertThat(entry.getValue()).isEqualTo("lab");
        assertThat(robot.lookup("#cloudFiles").queryAs(Label.class).getText()).contains("clouds.yaml");

        robot.clickOn("#testConnection");
        WizardFixture.await(() -> !fixture.nextButton().isDisabled());
        var config = fixture.wizard.model().toConfig();
        assertThat(config.spec().cloud().name()).isEqualTo("lab");
        assertThat(config.spec().cloud().isSandbox()).isFalse();
        assertThat(robot.lookup("#sandboxBadge").query().isVisible()).as("not labelled simulated").isFalse();
    }

    @Test
    void theInsecureSwitchShowsAWarning(FxRobot robot) throws Exception {
        fixture.toCloudPage(robot);
        robot.clickOn("#sourceCredentials");
        Label warning = robot.lookup("#insecureWarning").queryAs(Label.class);
        assertThat(warning.isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#insecure").queryAs(javafx.scene.control.CheckBox.class).fire());
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("TLS verification is off");
        assertThat(robot.lookup("#entryName").queryAs(TextField.class).getText()).isEqualTo("mycloud");
    }
}
