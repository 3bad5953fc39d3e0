package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.FileChooserService;
import io.opencenter.installer.ui.common.FileType;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Save config / Open config, shared by the frame's buttons and the Welcome page. Files are read and written off the
 * FX thread; problems with an opened file are listed in a dialog and then shown at their fields on the Cluster page.
 */
public final class ConfigFileActions {
    private final WizardModel model;
    private final ConfigFiles files;
    private final FileChooserService chooser;
    private final DialogService dialogs;
    private final Executor executor;
    private final ResourceBundle bundle;
    private Consumer<String> navigator = stepId -> {};

    public ConfigFileActions(WizardModel model, ConfigFiles files, FileChooserService chooser,
                             DialogService dialogs, Executor executor, ResourceBundle bundle) {
        this.model = model;
        this.files = files;
        this.chooser = chooser;
        this.dialogs = dialogs;
        this.executor = executor;
        this.bundle = bundle;
    }

    /** Set by the frame once it exists: opening a file lands on the Cluster page. */
    public void setNavigator(Consumer<String> navigator) {
        this.navigator = navigator;
    }

    public void open() {
        chooser.chooseFileToOpen(bundle.getString("config.open.title"), FileType.CONFIG).ifPresent(this::open);
    }

    public void open(Path file) {
        Tasks.create(() -> loadAndValidate(file))
                .onSuccess(result -> opened(file, result))
                .onUnhandledError(e -> dialogs.showError(bundle.getString("config.open.failed"),
                        MessageFormat.format(bundle.getString("config.open.failed.detail"), file), e))
                .runOnce(executor);
    }

    public void save() {
        String suggested = suggestedFileName();
        chooser.chooseFileToSave(bundle.getString("config.save.title"), suggested, FileType.CONFIG)
                .ifPresent(this::save);
    }

    public void save(Path file) {
        var config = model.toConfig();
        Tasks.create(() -> {
                    files.save(config, file);
                    return file;
                })
                .onSuccess(model.configFileProperty()::set)
                .onUnhandledError(e -> dialogs.showError(bundle.getString("config.save.failed"),
                        MessageFormat.format(bundle.getString("config.save.failed.detail"), file), e))
                .runOnce(executor);
    }

    private String suggestedFileName() {
        Path current = model.configFileProperty().get();
        if (current != null) {
            return current.getFileName().toString();
        }
        String name = model.config().nameProperty().get();
        return (name == null || name.isBlank() ? "cluster" : name.strip()) + ".yaml";
    }

    private Loaded loadAndValidate(Path file) throws Exception {
        ConfigFiles.Opened opened = files.load(file);
        List<Finding> rules = opened.config() == null ? List.of() : files.validate(opened.config());
        return new Loaded(opened, rules);
    }

    private void opened(Path file, Loaded result) {
        if (result.opened().config() == null) {
            // nothing usable: keep what the user has, and say why the file could not be read
            dialogs.showFindings(bundle.getString("config.open.unreadable.title"),
                    MessageFormat.format(bundle.getString("config.open.unreadable"), file),
                    result.opened().findings());
            return;
        }
        model.open(file, result.opened().config(), result.opened().findings());
        navigator.accept(WizardSteps.CLUSTER);
        List<Finding> all = new ArrayList<>(result.opened().findings());
        all.addAll(result.rules());
        if (!all.isEmpty()) {
            dialogs.showFindings(bundle.getString("config.open.findings.title"),
                    MessageFormat.format(bundle.getString("config.open.findings"), file, all.size()), all);
        }
    }

    private record Loaded(ConfigFiles.Opened opened, List<Finding> rules) {}
}
