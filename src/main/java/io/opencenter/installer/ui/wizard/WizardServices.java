package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.FileChooserService;
import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;

/**
 * Everything the wizard's controllers and view models are built from. The application passes the real ones;
 * tests swap the file chooser and dialogs so nothing native or modal opens, and the cloud for a sandbox with
 * small quotas.
 */
public record WizardServices(ResourceBundle bundle, ConfigFiles configFiles, CatalogSource catalog,
                             FileChooserService fileChooser, DialogService dialogs, Executor executor,
                             ClusterConfig initialConfig, CloudServices cloud) {

    /** Without any cloud (the Cloud page's test then says so). */
    public WizardServices(ResourceBundle bundle, ConfigFiles configFiles, CatalogSource catalog,
                          FileChooserService fileChooser, DialogService dialogs, Executor executor,
                          ClusterConfig initialConfig) {
        this(bundle, configFiles, catalog, fileChooser, dialogs, executor, initialConfig,
                CloudServices.unavailable());
    }

    public WizardServices withFileChooser(FileChooserService chooser) {
        return new WizardServices(bundle, configFiles, catalog, chooser, dialogs, executor, initialConfig, cloud);
    }

    public WizardServices withDialogs(DialogService dialogService) {
        return new WizardServices(bundle, configFiles, catalog, fileChooser, dialogService, executor, initialConfig,
                cloud);
    }

    public WizardServices withCloud(CloudServices cloudServices) {
        return new WizardServices(bundle, configFiles, catalog, fileChooser, dialogs, executor, initialConfig,
                cloudServices);
    }
}
