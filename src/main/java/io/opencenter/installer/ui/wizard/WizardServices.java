package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.FileChooserService;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;

/**
 * Everything the wizard's controllers and view models are built from. The application passes the real ones;
 * tests swap the file chooser and dialogs so nothing native or modal opens.
 */
public record WizardServices(ResourceBundle bundle, ConfigFiles configFiles, CatalogSource catalog,
                             FileChooserService fileChooser, DialogService dialogs, Executor executor,
                             ClusterConfig initialConfig) {

    public WizardServices withFileChooser(FileChooserService chooser) {
        return new WizardServices(bundle, configFiles, catalog, chooser, dialogs, executor, initialConfig);
    }

    public WizardServices withDialogs(DialogService dialogService) {
        return new WizardServices(bundle, configFiles, catalog, fileChooser, dialogService, executor, initialConfig);
    }
}
