package io.opencenter.installer.ui;

import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.SharedSandbox;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.sandbox.SandboxCloudProvider;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.common.BackgroundExecutor;
import io.opencenter.installer.ui.common.FirstFrame;
import io.opencenter.installer.ui.common.DesktopService;
import io.opencenter.installer.ui.common.FxDesktopService;
import io.opencenter.installer.ui.common.FxDialogService;
import io.opencenter.installer.ui.common.FxFileChooserService;
import io.opencenter.installer.ui.common.Snapshots;
import io.opencenter.installer.ui.common.Theme;
import io.opencenter.installer.ui.common.XdgOpenDesktopService;
import io.opencenter.installer.ui.wizard.CatalogSource;
import io.opencenter.installer.ui.wizard.SpecConfigFiles;
import io.opencenter.installer.ui.wizard.Wizard;
import io.opencenter.installer.ui.wizard.WizardServices;
import io.opencenter.installer.ui.wizard.WizardWindow;
import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import io.opencenter.installer.ui.wizard.cloud.PreflightRunners;
import io.opencenter.installer.ui.wizard.install.RealInstallServices;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: the installer wizard in its own window. {@code Main} starts it. The desktop face's one
 * wiring root: it builds the services the wizard works with (install's {@link Clouds} with the sandbox, the
 * install side, files, dialogs) and is the only desktop class that names the sandbox.
 */
public final class InstallerApp extends Application {
    private static volatile Workspace workspace;
    private static volatile int exitCode;
    private static final java.time.Duration INSTALL_STOP_WAIT = java.time.Duration.ofSeconds(20);

    private ExecutorService executor;
    private SharedSandbox sandbox;
    private Wizard wizard;

    /**
     * Opens the wizard and returns when its window is closed. With {@code --smoke-screenshot FILE} or
     * {@code --exit-when-shown} it closes itself after the first frame and ends the JVM with 0, or non-zero with a
     * message on stderr when that frame could not be produced.
     */
    public static void launchWizard(Workspace ws, String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1); // exit codes per the CLI contract: 2 is for findings
            return;
        }
        workspace = ws;
        Application.launch(InstallerApp.class, args);
        if (options.closesItself()) {
            System.exit(exitCode);
        }
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Theme.LIGHT.apply();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages");
        executor = BackgroundExecutor.create(2);
        Workspace ws = workspace != null ? workspace : Workspace.resolve(null);
        CatalogSource catalog = new CatalogSource(Catalog::builtIn);
        // One sandbox, started when first needed; its state is kept in the workspace, so an install on it can be
        // resumed after the window closed.
        sandbox = new SharedSandbox(SandboxCloudProvider.defaults());
        CloudServices cloud = new CloudServices(Clouds.ofSystem(sandbox), ws.sandboxState(),
                PreflightRunners.of(catalog));
        WizardServices services = new WizardServices(bundle, new SpecConfigFiles(catalog), catalog,
                new FxFileChooserService(() -> stage, bundle, ws.configs()),
                new FxDialogService(() -> stage, bundle),
                executor,
                ClusterConfigs.sandboxDefault(),
                cloud,
                RealInstallServices.create(ws),
                desktop());
        wizard = WizardWindow.attach(stage, services);
        if (options.bundle() != null) {
            openedBundle(options.bundle(), stage, services, bundle, !options.closesItself());
        }
        // read the catalog once the window is up: the Cluster page's validation needs it, start-up does not
        FirstFrame.afterRendered(stage.getScene(), () -> executor.execute(catalog::get));
        if (options.smokeScreenshot() != null) {
            FirstFrame.afterRendered(stage.getScene(), () -> smokeScreenshot(stage, options.smokeScreenshot()));
        } else if (options.exitWhenShown() || options.printWhenShown()) {
            FirstFrame.afterRendered(stage.getScene(), () -> {
                System.out.println("WIZARD_SHOWN");
                System.out.flush();
                if (options.exitWhenShown()) {
                    Platform.exit();
                }
            });
        }
        stage.show();
    }

    /** On Linux xdg-open, whose failure can be reported; elsewhere the host services (Finder, Explorer). */
    private DesktopService desktop() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        return linux ? XdgOpenDesktopService.standard() : new FxDesktopService(getHostServices());
    }

    /**
     * A double-clicked offline bundle: the new install uses it (the Cluster page's offline bundle field), and the
     * user is told where to finish the offline settings.
     */
    private void openedBundle(Path file, Stage stage, WizardServices services, ResourceBundle bundle, boolean tell) {
        Path absolute = file.toAbsolutePath().normalize();
        wizard.model().config().offlineBundleProperty().set(absolute.toString());
        if (!tell) {
            return; // a self-closing smoke run must not leave a modal dialog's event loop behind
        }
        FirstFrame.afterRendered(stage.getScene(), () -> services.dialogs().showInfo(
                bundle.getString("bundle.opened.title"),
                MessageFormat.format(bundle.getString("bundle.opened.message"), absolute)));
    }

    private static void smokeScreenshot(Stage stage, Path file) {
        try {
            Path written = Snapshots.writePng(stage.getScene(), file);
            System.out.println("wrote " + written.toAbsolutePath());
        } catch (Exception e) {
            System.err.println("smoke screenshot failed: " + e);
            exitCode = 1;
        }
        Platform.exit();
    }

    @Override
    public void stop() {
        if (wizard != null) {
            // a closed window cancels a running install gracefully (bounded: the JVM must still end)
            wizard.install().cancelAndWait(INSTALL_STOP_WAIT);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
