package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Platform services → Topology preview: toggles change the diagram; the diagram exports. */
@ExtendWith(ApplicationExtension.class)
class PlatformAndTopologyUiTest {
    private final WizardFixture fixture = new WizardFixture();

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void stopCloud() {
        fixture.cloud.close();
    }

    private void goTo(FxRobot robot, String pageId) throws Exception {
        robot.clickOn("#nextButton");
        WizardFixture.await(() -> pageId.equals(fixture.currentPageId()));
    }

    private void toTopology(FxRobot robot) throws Exception {
        fixture.toClusterPage(robot);
        goTo(robot, "platformPage");
        WizardFixture.await(() -> robot.lookup("#svc-toggle-velero").tryQuery().isPresent());
        goTo(robot, "topologyPage");
        WizardFixture.await(() -> robot.lookup("#diagramView #header").tryQuery().isPresent());
    }

    @Test
    void disablingVeleroRemovesItsNamespaceFromTheDiagram(FxRobot robot) throws Exception {
        toTopology(robot);
        assertThat(robot.lookup("#ns-velero").tryQuery()).isPresent();
        assertThat(robot.lookup("#ns-flux-system").tryQuery()).isPresent();

        robot.clickOn("#backButton");
        WizardFixture.await(() -> "platformPage".equals(fixture.currentPageId()));
        CheckBox velero = robot.lookup("#svc-toggle-velero").queryAs(CheckBox.class);
        assertThat(velero.isSelected()).isTrue();
        assertThat(velero.isDisabled()).isFalse();
        robot.interact(velero::fire); // the box may sit below the fold; fire is what a click does
        assertThat(velero.isSelected()).isFalse();
        assertThat(fixture.wizard.model().toConfig().spec().platform().disabled()).containsExactly("velero");

        goTo(robot, "topologyPage");
        WizardFixture.await(() -> robot.lookup("#ns-velero").tryQuery().isEmpty()
                && robot.lookup("#ns-flux-system").tryQuery().isPresent());
    }

    @Test
    void requiredServicesAreLockedAndScreenshotsOfBothPages(FxRobot robot) throws Exception {
        fixture.toClusterPage(robot);
        goTo(robot, "platformPage");
        WizardFixture.await(() -> robot.lookup("#svc-toggle-cert-manager").tryQuery().isPresent());
        CheckBox required = robot.lookup("#svc-toggle-cert-manager").queryAs(CheckBox.class);
        assertThat(required.isSelected()).isTrue();
        assertThat(required.isDisabled()).isTrue();
        assertThat(robot.lookup("#svc-note-cert-manager").queryAs(Label.class).getText()).isEqualTo("required");
        // a part follows its owner: locked, and says whose part it is
        CheckBox part = robot.lookup("#svc-toggle-kyverno-webhook").queryAs(CheckBox.class);
        assertThat(part.isDisabled()).isTrue();
        assertThat(robot.lookup("#svc-note-kyverno-webhook").queryAs(Label.class).getText()).startsWith("part of");
        fixture.screenshot("wizard-platform.png");

        goTo(robot, "topologyPage");
        WizardFixture.await(() -> robot.lookup("#ns-velero").tryQuery().isPresent());
        fixture.screenshot("wizard-topology.png");
    }

    @Test
    void exportSvgWritesAFileThatParsesAsXml(FxRobot robot) throws Exception {
        toTopology(robot);
        Path out = tmp.resolve("diagram.svg");
        fixture.chooser.nextSave = out;
        robot.clickOn("#exportSvgButton");
        WizardFixture.await(() -> Files.exists(out) && robot.lookup("#topologyStatus").queryAs(Label.class)
                .getText().contains("diagram.svg"));
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList groups = svg.getElementsByTagName("g");
        boolean hasVelero = false;
        for (int i = 0; i < groups.getLength(); i++) {
            hasVelero |= "ns-velero".equals(((Element) groups.item(i)).getAttribute("id"));
        }
        assertThat(hasVelero).isTrue();
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void zoomWorksFromTheKeyboardAndTheButtons(FxRobot robot) throws Exception {
        toTopology(robot);
        var view = robot.lookup("#diagramView").queryAs(io.opencenter.installer.ui.controls.DiagramView.class);
        WizardFixture.await(view::isFocused);
        double before = view.zoomProperty().get();
        robot.push(javafx.scene.input.KeyCode.EQUALS); // the + key without Shift
        assertThat(view.zoomProperty().get()).isGreaterThan(before);
        robot.push(javafx.scene.input.KeyCode.MINUS);
        robot.push(javafx.scene.input.KeyCode.MINUS);
        assertThat(view.zoomProperty().get()).isLessThan(before);
        robot.clickOn("#zoomFitButton");
        double fit = view.zoomProperty().get();
        assertThat(fit).isLessThan(1.0);
        assertThat(robot.lookup("#zoomLabel").queryAs(Label.class).getText())
                .isEqualTo(Math.round(fit * 100) + "%");
    }

    @Test
    void exportPngWritesAnImage(FxRobot robot) throws Exception {
        toTopology(robot);
        Path out = tmp.resolve("diagram.png");
        fixture.chooser.nextSave = out;
        robot.clickOn("#exportPngButton");
        // the status line appears once the background export has finished writing
        WizardFixture.await(() -> robot.lookup("#topologyStatus").queryAs(Label.class).getText()
                .contains("diagram.png"));
        assertThat(javax.imageio.ImageIO.read(out.toFile()).getWidth()).isGreaterThan(100);
    }
}
