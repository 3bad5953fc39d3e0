package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.ui.common.DesktopService;
import io.opencenter.installer.ui.common.DialogService;
import io.opencenter.installer.ui.common.FileChooserService;
import io.opencenter.installer.ui.wizard.cloud.CloudServices;
import io.opencenter.installer.ui.wizard.install.InstallServices;
import io.opencenter.installer.workspace.Workspace;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;

/**
 * Everything the wizard's controllers and view models are built from. The application passes the real ones;
 * tests swap the file chooser, dialogs and desktop so nothing native or modal opens, the cloud for a sandbox with
 * small quotas, and the install side for one in a temporary workspace.
 */
public record WizardServices(ResourceBundle bundle, ConfigFiles configFiles, CatalogSource catalog,
                             FileChooserService fileChooser, DialogService dialogs, Executor executor,
                             ClusterConfig initialConfig, CloudServices cloud, InstallServices install,
                             DesktopService desktop) {

    /** Without desktop integration: Help → Open logs folder then says it cannot. */
    public WizardServices(ResourceBundle bundle, ConfigFiles configFiles, CatalogSource catalog,
                          FileChooserService fileChooser, DialogService dialogs, Executor executor,
                          ClusterConfig initialConfig, CloudServices cloud, InstallServices install) {
        this(bundle, configFiles, catalog, fileChooser, dialogs, executor, initialConfig, cloud, install,
                DesktopService.unavailable());
    }

    /** Without the install side: Install says it is not in this build, and nothing is offered for resume. */
    public WizardServices(ResourceBundle bundle, ConfigFiles configFiles, CatalogSource catalog,
                          FileChooserService fileChooser, DialogService dialogs, Executor executor,
                          ClusterConfig initialConfig, CloudServices cloud) {
        this(bundle, configFiles, catalog, fileChooser, dialogs, executor, initialConfig, cloud,
                InstallServices.unavailable(Workspace.resolve(null)));
    }

    public WizardServices withFileChooser(FileChooserService chooser) {
        return new WizardServices(bundle, configFiles, catalog, chooser, dialogs, executor, initialConfig, cloud,
                install, desktop);
    }

    public WizardServices withDialogs(DialogService dialogService) {
        return new WizardServices(bundle, configFiles, catalog, fileChooser, dialogService, executor, initialConfig,
                cloud, install, desktop);
    }

    public WizardServices withCloud(CloudServices cloudServices) {
        return new WizardServices(bundle, configFiles, catalog, fileChooser, dialogs, executor, initialConfig,
                cloudServices, install, desktop);
    }

    public WizardServices withInstall(InstallServices installServices) {
        return new WizardServices(bundle, configFiles, catalog, fileChooser, dialogs, executor, initialConfig,
                cloud, installServices, desktop);
    }
}
