package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.Resumable;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.Tasks;
import io.opencenter.installer.ui.wizard.ConfigFiles;
import io.opencenter.installer.ui.wizard.WizardSteps;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Welcome's Resume: reads the config the unfinished install left next to its journal, makes it the wizard's
 * config, and goes straight to the Install page, which runs the install again. Apply adopts what exists, so the
 * run picks up where the last one stopped.
 */
public final class ResumeAction {
    private final WizardModel model;
    private final ConfigFiles files;
    private final InstallViewModel install;
    private final DialogService dialogs;
    private final Executor executor;
    private final ResourceBundle bundle;
    private Consumer<String> navigator = stepId -> {};

    public ResumeAction(WizardModel model, ConfigFiles files, InstallViewModel install, DialogService dialogs,
                        Executor executor, ResourceBundle bundle) {
        this.model = model;
        this.files = files;
        this.install = install;
        this.dialogs = dialogs;
        this.executor = executor;
        this.bundle = bundle;
    }

    /** Set by the frame once it exists. */
    public void setNavigator(Consumer<String> navigator) {
        this.navigator = navigator;
    }

    public void resume(Resumable.Unfinished unfinished) {
        Tasks.create(() -> files.load(unfinished.config()))
                .onSuccess(opened -> {
                    if (opened.config() == null) {
                        dialogs.showFindings(bundle.getString("resume.unreadable.title"),
                                MessageFormat.format(bundle.getString("resume.unreadable"), unfinished.config()),
                                opened.findings());
                        return;
                    }
                    model.open(unfinished.config(), opened.config(), opened.findings());
                    navigator.accept(WizardSteps.INSTALL);
                    install.start();
                })
                .onUnhandledError(e -> dialogs.showError(bundle.getString("resume.failed"),
                        MessageFormat.format(bundle.getString("resume.failed.detail"), unfinished.cluster()), e))
                .runOnce(executor);
    }
}
