package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.ui.common.FxDialogService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Help → Export support bundle… end to end: the real {@code SupportBundle} writes the zip, and the real alert says
 * where it went and what is in it, read off the screen as a user would.
 */
@ExtendWith(ApplicationExtension.class)
class SupportBundleExportUiTest {
    private static final String SECRET = "hunter2-correct-horse-battery";
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) entr(?:y|ies), (\\d+) secrets? masked");

    private final WizardFixture fixture = new WizardFixture();

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage, new FxDialogService(() -> stage, fixture.bundle));
    }

    @Test
    void exportWritesTheZipAndTheDialogSaysWhereAndWhatIsInIt(FxRobot robot) throws Exception {
        Path logs = Files.createDirectories(fixture.workspace.resolve("logs"));
        Files.writeString(logs.resolve("installer.log"),
                "2026-01-01 12:00:00 INFO connecting with password=" + SECRET + "\n");
        Path target = tmp.resolve("exports").resolve("opencenter-support.zip");
        fixture.chooser.nextSave = target;

        robot.clickOn("#helpMenu");
        robot.clickOn("#exportSupportBundleItem");
        WizardFixture.await(() -> dialogPane(robot) != null);
        DialogPane dialog = dialogPane(robot);
        String text = dialog.getContentText();
        assertThat(((Stage) dialog.getScene().getWindow()).getTitle()).as(text)
                .isEqualTo(fixture.bundle.getString("help.export.done.title"));
        assertThat(dialog.getHeaderText()).isEqualTo(fixture.bundle.getString("help.export.done.title"));
        assertThat(text).contains(target.toString());
        fixture.screenshotWithPopups("wizard-help-export-done.png");

        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(target.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
                String content = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(content).as(entry.getName()).doesNotContain(SECRET);
            }
        }
        assertThat(names).contains("versions.txt", "manifest.txt");
        Matcher summary = SUMMARY.matcher(text);
        assertThat(summary.find()).as(text).isTrue();
        assertThat(Integer.parseInt(summary.group(1))).isEqualTo(names.size());

        robot.push(KeyCode.ENTER); // OK closes the alert
        WizardFixture.await(() -> dialogPane(robot) == null);
        robot.clickOn("#helpMenu");
        WizardFixture.await(() -> !robot.lookup("#exportSupportBundleItem").query().isDisabled());
    }

    private static DialogPane dialogPane(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class).orElse(null);
    }
}
