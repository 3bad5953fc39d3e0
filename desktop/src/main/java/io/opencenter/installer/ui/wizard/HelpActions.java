package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.support.SupportBundle;
import io.opencenter.installer.support.SupportBundleReport;
import io.opencenter.installer.ui.common.DesktopService;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.FileChooserService;
import io.opencenter.installer.ui.common.FileType;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.Workspace;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Help menu's actions: open the logs folder, export a support bundle, About. File work runs off the FX thread;
 * what went wrong is said in a dialog that names the folder or file, so the user can go there by hand.
 */
public final class HelpActions {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Workspace workspace;
    private final DesktopService desktop;
    private final FileChooserService chooser;
    private final DialogService dialogs;
    private final Executor executor;
    private final Clock clock;
    private final ResourceBundle bundle;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");

    public HelpActions(Workspace workspace, DesktopService desktop, FileChooserService chooser, DialogService dialogs,
                       Executor executor, Clock clock, ResourceBundle bundle) {
        this.workspace = workspace;
        this.desktop = desktop;
        this.chooser = chooser;
        this.dialogs = dialogs;
        this.executor = executor;
        this.clock = clock;
        this.bundle = bundle;
    }

    /** True while a bundle is being written: a second export then would race the first for the same logs. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public void openLogsFolder() {
        Path logs = workspace.logs();
        Tasks.create(() -> {
                    workspace.ensureExists(); // owner-only, as the workspace is everywhere else
                    Folders.create(logs);
                    desktop.open(logs);
                    return logs;
                })
                .onUnhandledError(e -> dialogs.showError(bundle.getString("help.logs.failed"),
                        MessageFormat.format(bundle.getString("help.logs.failed.detail"), logs), e))
                .runOnce(executor);
    }

    public void exportSupportBundle() {
        if (exporting.get()) {
            return;
        }
        chooser.chooseFileToSave(bundle.getString("help.export.title"), suggestedFileName(clock),
                FileType.SUPPORT_BUNDLE).ifPresent(this::export);
    }

    void export(Path file) {
        exporting.set(true);
        Tasks.create(() -> {
                    return SupportBundle.write(workspace, file); // creates missing folders
                })
                .onSuccess(this::exported)
                .onUnhandledError(e -> dialogs.showError(bundle.getString("help.export.failed"),
                        MessageFormat.format(bundle.getString("help.export.failed.detail"), file), e))
                .andFinally(() -> exporting.set(false))
                .runOnce(executor);
    }

    public void about() {
        dialogs.showInfo(bundle.getString("help.about.title"), AboutText.of(bundle));
    }

    private void exported(SupportBundleReport report) {
        dialogs.showInfo(bundle.getString("help.export.done.title"),
                MessageFormat.format(bundle.getString("help.export.done"), report.file(), report.entries().size(),
                        report.redactions()));
    }

    /** {@code opencenter-support-YYYYMMDD-HHMM.zip} in the local time, so two exports a minute apart differ. */
    static String suggestedFileName(Clock clock) {
        return "opencenter-support-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
    }
}
