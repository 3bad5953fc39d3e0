package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.spec.SpecYaml;
import io.opencenter.installer.ui.wizard.review.PlanReview;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Review & plan as a person reads it: the resources, their counts, the quota check, saving and the command. */
@ExtendWith(ApplicationExtension.class)
class ReviewPageUiTest {
    private final WizardFixture fixture = new WizardFixture();

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @AfterEach
    void stopCloud() {
        fixture.cloud.close();
    }

    @Test
    void showsThePlanItsCountsAndTheQuotaCheck(FxRobot robot) throws Exception {
        fixture.toReviewPage(robot);
        ProvisioningPlan plan = PlanBuilder.build(fixture.wizard.model().toConfig());
        @SuppressWarnings("unchecked")
        TableView<PlanReview.Row> table = robot.lookup("#planTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(PlanReview.Row::name)
                .containsExactlyElementsOf(plan.resources().stream().map(r -> r.name()).toList());
        PlanReview.Row subnet = table.getItems().stream().filter(r -> r.kind() == ResourceKind.SUBNET).findFirst()
                .orElseThrow();
        assertThat(subnet.dependsOn()).containsExactly("demo-network");
        assertThat(robot.lookup("#reviewTotal").queryAs(Label.class).getText())
                .isEqualTo(Integer.toString(plan.resources().size()));
        assertThat(robot.lookup("#count-SERVER").queryAs(Label.class).getText())
                .isEqualTo(plan.count(ResourceKind.SERVER) + " servers");
        assertThat(robot.lookup("#count-NETWORK").queryAs(Label.class).getText()).isEqualTo("1 network");
        assertThat(robot.lookup("#count-LOAD_BALANCER").tryQuery()).isEmpty();
        // the critical path with typical durations, in whole minutes
        assertThat(robot.lookup("#reviewEstimate").queryAs(Label.class).getText()).matches("about \\d+ minutes?");

        // the quota check runs again here, against the tested sandbox
        WizardFixture.await(() -> robot.lookup("#reviewPage #quotaTable").tryQuery().isPresent()
                && robot.lookup("#reviewPage #quotaTable").queryTableView().isVisible());
        WizardFixture.await(() -> !robot.lookup("#installButton").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#reviewPage #cloudCheckStatus").queryAs(Label.class).getText())
                .contains("Everything fits");
        fixture.screenshot("wizard-review.png");
    }

    @Test
    void savesTheConfigWhereTheFieldSaysAndShowsTheCommandForIt(FxRobot robot) throws Exception {
        fixture.toReviewPage(robot);
        // once the quota check is in, the page's layout no longer moves
        WizardFixture.await(() -> !robot.lookup("#installButton").queryAs(Button.class).isDisabled(), 60);
        TextField path = robot.lookup("#savePath").queryAs(TextField.class);
        // suggested in the workspace's configs folder, named after the cluster
        assertThat(Path.of(path.getText())).isEqualTo(fixture.workspace.resolve("configs").resolve("demo.yaml"));

        Path out = tmp.resolve("review test").resolve("demo-cluster.yaml");
        robot.interact(path::requestFocus); // as Tab would; the keys below go to the focused field
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(out.toString());
        String command = robot.lookup("#cliCommand").queryAs(TextField.class).getText();
        assertThat(command).isEqualTo("opencenter-installer apply -f '" + out + "'");
        assertThat(robot.lookup("#cliNote").queryAs(Label.class).getText()).contains("Save the config first");

        Files.createDirectories(out.getParent());
        Button save = robot.lookup("#saveConfigHere").queryAs(Button.class);
        robot.interact(save::requestFocus); // scrolled into view, as Tab would
        robot.clickOn(save);
        WizardFixture.await(() -> robot.lookup("#reviewSaved").queryAs(Label.class).getText()
                .contains(out.toString()));
        SpecYaml.LoadResult saved = SpecYaml.load(out);
        assertThat(saved.config()).isEqualTo(fixture.wizard.model().toConfig());
        assertThat(fixture.wizard.model().configFileProperty().get()).isEqualTo(out);
        assertThat(fixture.dialogs.errors).isEmpty();

        // the headless toolkit has no clipboard to read back; the button says it copied
        Button copy = robot.lookup("#copyCliCommand").queryAs(Button.class);
        robot.interact(copy::fire);
        assertThat(copy.getText()).isEqualTo("Copied");
        robot.interact(() -> robot.lookup("#reviewPage").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        fixture.screenshot("wizard-review-bottom.png");
    }
}
