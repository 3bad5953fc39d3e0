package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.spec.SpecYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Save config / Open config through the frame, with the file chooser answered by the test. */
@ExtendWith(ApplicationExtension.class)
class OpenSaveConfigUiTest {
    private final WizardFixture fixture = new WizardFixture();

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @Test
    void saveWritesTheModelAsAConfigTheSpecLoaderReadsBack(FxRobot robot) throws Exception {
        Path file = tmp.resolve("sub/cluster.yaml");
        fixture.chooser.nextSave = file;
        robot.interact(() -> fixture.wizard.model().config().podCidrProperty().set("10.200.0.0/16"));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WizardFixture.await(() -> file.equals(fixture.wizard.model().configFileProperty().get()));
        SpecYaml.LoadResult loaded = SpecYaml.load(file);
        assertThat(loaded.findings()).isEmpty();
        assertThat(loaded.config()).isEqualTo(fixture.wizard.model().toConfig());
        assertThat(loaded.config().spec().kubernetes().podCidr()).isEqualTo("10.200.0.0/16");
    }

    @Test
    void openingAConfigWithProblemsListsThemAndShowsThemAtTheirFields(FxRobot robot) throws Exception {
        String yaml = SpecYaml.toYaml(ClusterConfigs.sandboxDefault())
                .replace("podCidr: 10.244.0.0/16", "podCidr: 10.20.0.0/24")
                .replace("name: demo", "name: demo\n  colour: blue");
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml);
        fixture.chooser.nextOpen = file;

        robot.clickOn("#openConfigButton");
        WizardFixture.await(() -> fixture.dialogs.findingDialogs.size() == 1);
        List<Finding> listed = fixture.dialogs.findingDialogs.get(0);
        assertThat(listed).extracting(Finding::path).contains("spec.kubernetes.podCidr");
        assertThat(listed).anyMatch(f -> f.path().contains("colour"));

        WizardFixture.await(() -> "clusterPage".equals(fixture.currentPageId()));
        Label podProblem = robot.lookup("#podCidr-problem").queryAs(Label.class);
        WizardFixture.await(podProblem::isVisible);
        assertThat(podProblem.getText()).contains("overlaps");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
        VBox fileFindings = robot.lookup("#fileFindings").queryAs(VBox.class);
        assertThat(fileFindings.isVisible()).isTrue();
        robot.clickOn("#dismissFileFindings");
        assertThat(fileFindings.isVisible()).isFalse();
    }

    @Test
    void aFileThatIsNoConfigKeepsTheCurrentSettings(FxRobot robot) throws Exception {
        Path file = tmp.resolve("broken.yaml");
        Files.writeString(file, "apiVersion: [unclosed\n");
        fixture.chooser.nextOpen = file;
        String before = fixture.wizard.model().toConfig().toString();
        robot.clickOn("#openConfigButton");
        WizardFixture.await(() -> fixture.dialogs.findingDialogs.size() == 1);
        assertThat(fixture.dialogs.findingDialogs.get(0)).isNotEmpty();
        assertThat(fixture.currentPageId()).isEqualTo("welcomePage");
        assertThat(fixture.wizard.model().toConfig().toString()).isEqualTo(before);
    }
}
