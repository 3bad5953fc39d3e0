package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.common.BackgroundExecutor;
import io.opencenter.installer.ui.common.Snapshots;
import io.opencenter.installer.ui.common.Theme;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A real wizard in a real (headless) window, with file choosers and dialogs replaced by test doubles. */
final class WizardFixture {
    final RecordingDialogService dialogs = new RecordingDialogService();
    final ScriptedFileChooser chooser = new ScriptedFileChooser();
    final RecordingDesktop desktop = new RecordingDesktop();
    final ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages");
    final TestCloud cloud;
    final Path workspace;
    private final java.util.function.Function<io.opencenter.installer.workspace.Workspace,
            io.opencenter.installer.ui.wizard.install.InstallServices> install;
    Wizard wizard;
    Stage stage;

    WizardFixture() {
        this(new TestCloud());
    }

    WizardFixture(TestCloud cloud) {
        this(cloud, TestInstall::services);
    }

    /** With this install side (a scripted orchestrator) in the fixture's workspace. */
    WizardFixture(TestCloud cloud, java.util.function.Function<io.opencenter.installer.workspace.Workspace,
            io.opencenter.installer.ui.wizard.install.InstallServices> install) {
        this.cloud = cloud;
        this.install = install;
        try {
            workspace = java.nio.file.Files.createTempDirectory("wizard-workspace");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void start(Stage stage) throws Exception {
        start(stage, dialogs);
    }

    /** With these dialogs instead of the recording ones (real alerts, when a test looks at one as a user would). */
    void start(Stage stage, io.opencenter.installer.ui.common.DialogService dialogService) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        CatalogSource catalog = new CatalogSource(Catalog::builtIn);
        WizardServices services = new WizardServices(bundle, new SpecConfigFiles(catalog), catalog,
                chooser, dialogService, BackgroundExecutor.create(2), ClusterConfigs.sandboxDefault(),
                cloud.services(), install.apply(new io.opencenter.installer.workspace.Workspace(workspace)),
                desktop);
        wizard = WizardWindow.attach(stage, services);
        stage.show();
    }

    /**
     * Waits until {@code condition} holds (background tasks, FX pulses); fails the test after 20 s. The condition
     * is evaluated on the FX thread: scene lookups from the test thread race with page swaps.
     */
    static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        await(condition, 20);
    }

    /** As {@link #await(java.util.concurrent.Callable)}, for work that talks to the cloud many times (an install). */
    static void await(java.util.concurrent.Callable<Boolean> condition, int seconds) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> org.testfx.util.WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** From Welcome (sandbox chosen) over the Cloud page, its connection tested, to the Cluster page. */
    void toCloudPage(org.testfx.api.FxRobot robot) throws Exception {
        robot.clickOn("#nextButton");
        await(() -> "cloudPage".equals(currentPageId()));
    }

    void toClusterPage(org.testfx.api.FxRobot robot) throws Exception {
        toCloudPage(robot);
        robot.clickOn("#testConnection");
        await(() -> !nextButton().isDisabled());
        robot.clickOn("#nextButton");
        await(() -> "clusterPage".equals(currentPageId()));
        await(() -> !nextButton().isDisabled()); // the cloud check passed
    }

    /** From the Cluster page over Platform services and Topology to Review, its plan made. */
    void toReviewPage(org.testfx.api.FxRobot robot) throws Exception {
        toClusterPage(robot);
        for (String page : new String[] {"platformPage", "topologyPage", "reviewPage"}) {
            robot.clickOn("#nextButton");
            await(() -> page.equals(currentPageId()));
        }
        await(() -> !robot.lookup("#planTable").queryTableView().getItems().isEmpty());
    }

    javafx.scene.control.Button nextButton() {
        return (javafx.scene.control.Button) scene().lookup("#nextButton");
    }

    /**
     * The id of the page shown in the frame, once it can be looked into: a page that is a control (a ScrollPane)
     * has its content in the scene graph only after its skin exists, which happens on the next pulse.
     */
    String currentPageId() {
        var host = (javafx.scene.layout.StackPane) scene().lookup("#pageHost");
        if (host.getChildren().isEmpty()) {
            return null;
        }
        javafx.scene.Node page = host.getChildren().get(0);
        boolean ready = !(page instanceof javafx.scene.control.Control control) || control.getSkin() != null;
        return ready ? page.getId() : null;
    }

    Scene scene() {
        return stage.getScene();
    }

    static Path screenshotDir() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    /** Saves the scene as {@code <screenshots.dir>/<name>}; waits for the FX thread to take it. */
    Path screenshot(String name) throws Exception {
        return screenshot(name, Snapshots::writePng);
    }

    /** As {@link #screenshot}, with open menus and dialogs drawn where they are over the window. */
    Path screenshotWithPopups(String name) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return screenshot(name, Snapshots::writePngWithPopups);
    }

    private interface SceneWriter {
        Path write(Scene scene, Path file) throws Exception;
    }

    private Path screenshot(String name, SceneWriter writer) throws Exception {
        CompletableFuture<Path> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(writer.write(scene(), screenshotDir().resolve(name)));
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }
}
