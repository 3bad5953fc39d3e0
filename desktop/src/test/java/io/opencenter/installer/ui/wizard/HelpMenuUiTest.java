package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.ui.common.FileType;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Help menu walked with mouse and keyboard; file manager, chooser and dialogs are test doubles. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuUiTest {
    private final WizardFixture fixture = new WizardFixture();

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    private MenuButton helpMenu(FxRobot robot) {
        return robot.lookup("#helpMenu").queryAs(MenuButton.class);
    }

    private void openHelpMenu(FxRobot robot) throws Exception {
        robot.clickOn("#helpMenu");
        WizardFixture.await(() -> helpMenu(robot).isShowing());
    }

    @Test
    void openLogsFolderHandsTheWorkspaceLogsFolderToTheFileManager(FxRobot robot) throws Exception {
        Path logs = fixture.workspace.resolve("logs");
        assertThat(logs).doesNotExist();
        openHelpMenu(robot);
        fixture.screenshotWithPopups("wizard-help-menu.png");

        robot.clickOn("#openLogsItem");
        WizardFixture.await(() -> !fixture.desktop.opened.isEmpty());
        assertThat(fixture.desktop.opened).containsExactly(logs);
        assertThat(logs).isDirectory(); // made for the user: a fresh install has not logged anything yet
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(helpMenu(robot).isShowing()).isFalse();
    }

    @Test
    void f1AndAltHOpenTheMenuAndTheArrowKeysPickAnItem(FxRobot robot) throws Exception {
        robot.push(KeyCode.F1);
        WizardFixture.await(() -> helpMenu(robot).isShowing());
        robot.push(KeyCode.ESCAPE);
        WizardFixture.await(() -> !helpMenu(robot).isShowing());

        robot.push(KeyCode.ALT, KeyCode.H);
        WizardFixture.await(() -> helpMenu(robot).isShowing());
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.ENTER);
        WizardFixture.await(() -> !fixture.desktop.opened.isEmpty());
        assertThat(fixture.desktop.opened).containsExactly(fixture.workspace.resolve("logs"));
    }

    @Test
    void aFolderTheFileManagerCannotOpenIsNamedInTheError(FxRobot robot) throws Exception {
        fixture.desktop.failing = true;
        openHelpMenu(robot);
        robot.clickOn("#openLogsItem");
        WizardFixture.await(() -> !fixture.dialogs.errors.isEmpty());
        assertThat(fixture.dialogs.errors).singleElement().asString()
                .contains(fixture.workspace.resolve("logs").toString())
                .contains("no file manager");
    }

    @Test
    void exportSuggestsATimestampedZipAndACancelledChooserDoesNothing(FxRobot robot) throws Exception {
        fixture.chooser.nextSave = null;
        openHelpMenu(robot);
        robot.clickOn("#exportSupportBundleItem");
        WizardFixture.await(() -> fixture.chooser.lastSuggestedName != null);
        assertThat(fixture.chooser.lastSuggestedName).matches("opencenter-support-\\d{8}-\\d{4}\\.zip");
        assertThat(fixture.chooser.lastType).isEqualTo(FileType.SUPPORT_BUNDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.dialogs.infos).isEmpty();
        try (var files = Files.list(fixture.workspace)) {
            assertThat(files.filter(f -> f.toString().endsWith(".zip"))).isEmpty();
        }
    }

    @Test
    void aBundleThatCannotBeWrittenIsNamedInTheErrorAndExportIsOfferedAgain(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("plain-file"), "x");
        Path target = notAFolder.resolve("exports").resolve("bundle.zip");
        fixture.chooser.nextSave = target;
        openHelpMenu(robot);
        robot.clickOn("#exportSupportBundleItem");
        WizardFixture.await(() -> !fixture.dialogs.errors.isEmpty());
        assertThat(fixture.dialogs.errors).singleElement().asString()
                .startsWith(fixture.bundle.getString("help.export.failed"))
                .contains(target.toString());
        assertThat(fixture.dialogs.infos).isEmpty();
        openHelpMenu(robot);
        WizardFixture.await(() -> !robot.lookup("#exportSupportBundleItem").query().isDisabled());
    }

    @Test
    void aboutSaysTheVersionAndTheJavaItRunsOn(FxRobot robot) throws Exception {
        openHelpMenu(robot);
        robot.clickOn("#aboutItem");
        WizardFixture.await(() -> !fixture.dialogs.infos.isEmpty());
        assertThat(fixture.dialogs.infos).singleElement().asString()
                .contains("openCenter Installer " + AboutText.version())
                .contains("Java " + System.getProperty("java.version"))
                .contains("JavaFX " + System.getProperty("javafx.runtime.version"));
        assertThat(AboutText.version()).isNotBlank().doesNotContain("${").isNotEqualTo("unknown");
    }

    @Test
    void whileABundleIsWrittenASecondExportIsNotStarted(FxRobot robot) throws Exception {
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        HelpActions help = new HelpActions(new Workspace(fixture.workspace), fixture.desktop, fixture.chooser,
                fixture.dialogs, queued::add, Clock.systemDefaultZone(), fixture.bundle);
        fixture.chooser.nextSave = tmp.resolve("first.zip");
        robot.interact(help::exportSupportBundle);
        assertThat(help.exportingProperty().get()).isTrue();
        fixture.chooser.lastSuggestedName = null;
        robot.interact(help::exportSupportBundle);
        assertThat(fixture.chooser.lastSuggestedName).as("chooser asked again").isNull();
        assertThat(queued).hasSize(1);

        queued.get(0).run();
        WizardFixture.await(() -> !help.exportingProperty().get());
        assertThat(fixture.dialogs.infos.size() + fixture.dialogs.errors.size()).isEqualTo(1);
    }

    @Test
    void theSuggestedNameIsTheLocalMinute() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-07T22:45:30Z"), ZoneId.of("Europe/Berlin"));
        assertThat(HelpActions.suggestedFileName(clock)).isEqualTo("opencenter-support-20260307-2345.zip");
    }
}
