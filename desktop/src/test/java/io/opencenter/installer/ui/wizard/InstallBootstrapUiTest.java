package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.install.InstallPhase;
import io.opencenter.installer.ui.common.Theme;
import io.opencenter.installer.ui.wizard.install.InstallServices;
import io.opencenter.installer.ui.wizard.install.InstallViewModel;
import io.opencenter.installer.ui.wizard.install.NodeRow;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Install page through Bootstrap, walked as a person would: Start, watching the node
 * table fill, then reading what the cluster gives them (API, kubeconfig, the kubectl command), copying the command,
 * and adding the cluster to "their" kubeconfig, a temporary one with an entry of the same name, first declining to
 * replace it, then agreeing. The orchestrator is scripted ({@link ScriptedBootstrap}); the merge is the real one.
 */
@ExtendWith(ApplicationExtension.class)
class InstallBootstrapUiTest {
    private static final String OTHER_DEMO = """
            apiVersion: v1
            kind: Config
            clusters:
            - name: demo
              cluster:
                server: https://10.9.9.9:6443
            - name: keep-me
              cluster:
                server: https://10.1.1.1:6443
            contexts:
            - name: keep-me
              context:
                cluster: keep-me
                user: someone
            current-context: keep-me
            """;

    private ScriptedBootstrap script = new ScriptedBootstrap(false);
    private Path home;
    private final WizardFixture fixture = new WizardFixture(new TestCloud(), this::services);

    private InstallServices services(Workspace workspace) {
        home = workspace.root().resolve("person");
        return new InstallServices(workspace, (request, listener, cancel) -> script.run(request, listener, cancel),
                List::of,
                TestInstall.kubeconfigs(home)::mergeIntoUserConfig);
    }

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @AfterEach
    void stop() {
        script.release();
        fixture.cloud.close();
    }

    private InstallViewModel install() {
        return fixture.wizard.install();
    }

    @SuppressWarnings("unchecked")
    private TableView<NodeRow> nodeTable(FxRobot robot) {
        return robot.lookup("#nodeTable").queryAs(TableView.class);
    }

    /** The node table as a person reads it: each row's cells, as shown. */
    private List<String> nodeLines(FxRobot robot) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            TableView<NodeRow> table = nodeTable(robot);
            return table.getItems().stream().map(row -> String.join(" | ", table.getColumns().stream()
                    .map(c -> String.valueOf(((TableColumn<NodeRow, ?>) c).getCellObservableValue(row).getValue()))
                    .toList())).toList();
        }).get();
    }

    private String text(FxRobot robot, String id) {
        var node = robot.lookup(id).query();
        return node instanceof TextField f ? f.getText() : ((Label) node).getText();
    }

    private String phaseState(FxRobot robot, InstallPhase phase) {
        return text(robot, "#phase-" + phase.name() + "-state");
    }

    @Test
    void watchesTheNodesComeUpThenCopiesTheCommandAndAddsTheClusterToTheirKubeconfig(FxRobot robot)
            throws Exception {
        Path realUserConfig = Path.of(System.getProperty("user.home"), ".kube", "config");
        byte[] realBefore = Files.exists(realUserConfig) ? Files.readAllBytes(realUserConfig) : null;

        // straight to the Install page (as Welcome's Resume does): the walk over the earlier pages is
        // InstallPageUiTest's; this one is about what the Install page shows during and after Bootstrap
        robot.interact(() -> fixture.wizard.navigation().goTo(WizardSteps.INSTALL));
        WizardFixture.await(() -> "installPage".equals(fixture.currentPageId()));
        assertThat(robot.lookup("#clusterAccess").query().isVisible()).isFalse();
        assertThat(text(robot, "#installMessage")).contains("Kubernetes cluster");
        robot.clickOn("#startInstall");

        // halfway through Bootstrap: the Nodes tab came to the front; one node ready, one registered, the rest waiting
        assertThat(script.awaitHalfway()).isTrue();
        WizardFixture.await(() -> nodeTable(robot).getItems().stream().anyMatch(r -> r.state().name()
                .equals("REGISTERED") && r.name().equals("demo-default-1")));
        assertThat(robot.lookup("#installTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("nodesTab");
        assertThat(nodeLines(robot)).containsExactly(
                "demo-control-plane-1 | control plane | ready | ",
                "demo-control-plane-2 | control plane | waiting to register | ",
                "demo-control-plane-3 | control plane | waiting to register | ",
                "demo-default-1 | worker \u00b7 default | registered, not ready | KubeletNotReady: PLEG is not healthy",
                "demo-default-2 | worker \u00b7 default | waiting to register | ");
        assertThat(text(robot, "#nodeCount")).isEqualTo("1 of 5 nodes ready \u00b7 about 4 min left");
        assertThat(text(robot, "#installProgressText")).isEqualTo("1 of 5 nodes ready \u00b7 about 4 min left");
        assertThat(phaseState(robot, InstallPhase.BOOTSTRAP)).isEqualTo("running");
        assertThat(robot.lookup("#clusterAccess").query().isVisible()).isFalse();
        fixture.screenshot("wizard-install-bootstrap-running.png");

        script.release();
        WizardFixture.await(() -> install().runStateProperty().get() == InstallViewModel.RunState.FINISHED, 60);

        // what the person now has
        Path kubeconfig = ClusterFiles.of(new Workspace(fixture.workspace), "demo").kubeconfig();
        String command = "kubectl --kubeconfig " + kubeconfig + " get nodes";
        assertThat(robot.lookup("#clusterAccess").query().isVisible()).isTrue();
        assertThat(text(robot, "#accessTitle")).isEqualTo("Your cluster is up");
        assertThat(text(robot, "#accessApiUrl")).isEqualTo(ScriptedBootstrap.API);
        assertThat(text(robot, "#accessKubeconfig")).isEqualTo(kubeconfig.toString());
        assertThat(text(robot, "#accessKubectl")).isEqualTo(command);
        assertThat(robot.lookup("#accessKubectl").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#accessSimulated").query().isVisible()).isTrue();
        assertThat(text(robot, "#accessSimulated")).isEqualTo("Simulated");
        assertThat(text(robot, "#accessSimulatedNote")).startsWith("Simulated: this API answers only inside the installer");
        assertThat(nodeLines(robot)).hasSize(5).allMatch(l -> l.contains(" | ready | "));
        assertThat(text(robot, "#nodeCount")).isEqualTo("5 of 5 nodes ready \u00b7 done");
        assertThat(text(robot, "#installMessage")).startsWith("The cluster is up").contains("later version");
        // and nothing promised that this version does not do
        assertThat(phaseState(robot, InstallPhase.BOOTSTRAP)).isEqualTo("done");
        for (InstallPhase later : List.of(InstallPhase.GITOPS, InstallPhase.ROLLOUT, InstallPhase.HEALTH)) {
            assertThat(phaseState(robot, later)).isEqualTo("not available");
        }
        assertThat(fixture.nextButton().isDisabled()).isTrue();
        // never key material on the page
        String pageText = String.join("\n", robot.lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null).toList());
        assertThat(pageText).doesNotContain("BEGIN").doesNotContain("PRIVATE KEY");

        // Copy puts the command on the clipboard
        robot.clickOn("#copyKubectl");
        assertThat(robot.lookup("#copyKubectl").queryAs(Button.class).getText()).isEqualTo("Copied");
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(command);

        // their kubeconfig already has a cluster "demo" of another cluster: asked, declined, nothing changes
        Path theirs = home.resolve(".kube/config");
        Files.createDirectories(theirs.getParent());
        Files.writeString(theirs, OTHER_DEMO);
        fixture.dialogs.confirmAnswer = false;
        robot.clickOn("#mergeKubeconfig");
        WizardFixture.await(() -> !text(robot, "#mergeOutcome").isEmpty()
                && !text(robot, "#mergeOutcome").startsWith("Adding"));
        assertThat(fixture.dialogs.questions).singleElement().asString()
                .startsWith("Replace entries in your kubeconfig?").contains(theirs.toString())
                .contains("cluster \"demo\" in " + theirs);
        assertThat(text(robot, "#mergeOutcome")).isEqualTo("Nothing changed in " + theirs
                + ": its entries of the same names were kept. The cluster's own kubeconfig above still works.");
        assertThat(Files.readString(theirs)).isEqualTo(OTHER_DEMO);

        // asked again, agreed: replaced, the old file backed up, the other entries kept
        fixture.dialogs.confirmAnswer = true;
        robot.clickOn("#mergeKubeconfig");
        WizardFixture.await(() -> text(robot, "#mergeOutcome").startsWith("Replaced"));
        String outcome = text(robot, "#mergeOutcome");
        assertThat(fixture.dialogs.questions).hasSize(2);
        try (Stream<Path> files = Files.list(theirs.getParent())) {
            Path backup = files.filter(f -> f.getFileName().toString().startsWith("config.bak-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readString(backup)).isEqualTo(OTHER_DEMO);
            assertThat(outcome).contains(theirs.toString()).contains(backup.toString()).contains("\"demo\"");
        }
        String merged = Files.readString(theirs);
        assertThat(merged).contains(ScriptedBootstrap.API).contains("keep-me").doesNotContain("10.9.9.9");
        assertThat(outcome).doesNotContain("BEGIN");
        fixture.screenshot("wizard-install-bootstrap-done.png");
        screenshotsAtTheEdges();

        // this machine's own kubeconfig was never touched
        if (realBefore == null) {
            assertThat(realUserConfig).doesNotExist();
        } else {
            assertThat(Files.readAllBytes(realUserConfig)).isEqualTo(realBefore);
        }
    }

    @Test
    void aNodeThatNeverComesLeavesAUsableClusterAndSaysWhichNodeAndWhereItsLogIs(FxRobot robot) throws Exception {
        script = new ScriptedBootstrap(true);
        script.release(); // no pause halfway
        robot.interact(() -> fixture.wizard.navigation().goTo(WizardSteps.INSTALL));
        WizardFixture.await(() -> "installPage".equals(fixture.currentPageId()));
        robot.clickOn("#startInstall");
        WizardFixture.await(() -> install().runStateProperty().get() == InstallViewModel.RunState.FINISHED, 60);

        assertThat(text(robot, "#installMessage")).startsWith("The install failed.")
                .contains("demo-default-2 (waiting to register)").contains("console log of demo-default-2 saved to")
                .contains("keeps waiting for them. Resume tries again.");
        assertThat(phaseState(robot, InstallPhase.BOOTSTRAP)).isEqualTo("failed");
        assertThat(phaseState(robot, InstallPhase.HEALTH)).isEqualTo("not available");
        // the cluster is there all the same: its API and kubeconfig, marked as not complete
        assertThat(robot.lookup("#clusterAccess").query().isVisible()).isTrue();
        assertThat(robot.lookup("#clusterAccess").query().getStyleClass()).contains("access-partial");
        assertThat(text(robot, "#accessTitle")).isEqualTo("Your cluster (not every node is ready)");
        assertThat(text(robot, "#accessApiUrl")).isEqualTo(ScriptedBootstrap.API);
        assertThat(nodeLines(robot)).last().asString()
                .isEqualTo("demo-default-2 | worker \u00b7 default | waiting to register | ");
        assertThat(text(robot, "#nodeCount")).isEqualTo("4 of 5 nodes ready");
        assertThat(robot.lookup("#installProgressText").query().isVisible()).isTrue();
        assertThat(text(robot, "#installProgressText")).isEqualTo("4 of 5 nodes ready");
        Button resume = robot.lookup("#startInstall").queryAs(Button.class);
        assertThat(resume.isVisible()).isTrue();
        assertThat(resume.getText()).isEqualTo("_Resume");
        fixture.screenshot("wizard-install-bootstrap-timeout.png");
    }

    /** The finished page at the smallest window and at a common laptop size, light and dark. */
    private void screenshotsAtTheEdges() throws Exception {
        Map<String, double[]> sizes = Map.of("min", new double[] {fixture.stage.getMinWidth(),
                fixture.stage.getMinHeight()}, "1366x850", new double[] {1366, 850});
        for (Map.Entry<String, double[]> size : sizes.entrySet()) {
            for (Theme theme : Theme.values()) {
                org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                    theme.apply();
                    fixture.stage.setWidth(size.getValue()[0]);
                    fixture.stage.setHeight(size.getValue()[1]);
                }).get();
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                Path png = fixture.screenshot("wizard-install-bootstrap-" + size.getKey() + "-"
                        + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png");
                assertThat(Files.size(png)).isPositive();
            }
        }
        // back to light and the window's own size: the stage is shared with the test classes that follow
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            Theme.LIGHT.apply();
            fixture.stage.setWidth(WizardWindow.WIDTH);
            fixture.stage.setHeight(WizardWindow.HEIGHT);
        }).get();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
