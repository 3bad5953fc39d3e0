package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.spec.SupportedVersions;
import io.opencenter.installer.ui.common.FxmlFile;
import io.opencenter.installer.ui.common.FxmlLoaderFactory;
import io.opencenter.installer.ui.wizard.cloud.CloudCheckViewModel;
import io.opencenter.installer.ui.wizard.cloud.CloudController;
import io.opencenter.installer.ui.wizard.cloud.CloudViewModel;
import io.opencenter.installer.ui.wizard.cluster.ClusterController;
import io.opencenter.installer.ui.wizard.cluster.ClusterViewModel;
import io.opencenter.installer.ui.wizard.install.ClusterAccessController;
import io.opencenter.installer.ui.wizard.install.InstallController;
import io.opencenter.installer.ui.wizard.install.InstallViewModel;
import io.opencenter.installer.ui.wizard.install.ResumeAction;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import io.opencenter.installer.ui.wizard.platform.PlatformController;
import io.opencenter.installer.ui.wizard.platform.PlatformViewModel;
import io.opencenter.installer.ui.wizard.review.ReviewController;
import io.opencenter.installer.ui.wizard.review.ReviewViewModel;
import io.opencenter.installer.ui.wizard.topology.TopologyController;
import io.opencenter.installer.ui.wizard.topology.TopologyViewModel;
import io.opencenter.installer.ui.wizard.welcome.WelcomeController;
import io.opencenter.installer.ui.wizard.welcome.WelcomeViewModel;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/**
 * The assembled wizard: one shared model, the frame, and the controller factory that builds each page's
 * controller and view model with their collaborators. The window (Stage) is the caller's.
 */
public final class Wizard {
    private final WizardServices services;
    private final WizardModel model;
    private final WizardFrameViewModel navigation;
    private final ConfigFileActions fileActions;
    private final InstallViewModel install;
    private final ResumeAction resume;
    private final HelpActions help;
    private final FxmlLoaderFactory loaders;
    private final Parent root;

    private Wizard(WizardServices services) {
        this.services = services;
        this.model = new WizardModel(services.initialConfig());
        this.navigation = new WizardFrameViewModel(WizardSteps.all());
        this.fileActions = new ConfigFileActions(model, services.configFiles(), services.fileChooser(),
                services.dialogs(), services.executor(), services.bundle());
        // one install per wizard, made up front: Review starts it and Welcome resumes it before its page exists
        this.install = new InstallViewModel(model, services.install(), services.cloud(), services.catalog(),
                services.executor(), Platform::runLater, services.dialogs(), services.bundle());
        this.resume = new ResumeAction(model, services.configFiles(), install, services.dialogs(),
                services.executor(), services.bundle());
        resume.setNavigator(navigation::goTo);
        this.help = new HelpActions(services.install().workspace(), services.desktop(), services.fileChooser(),
                services.dialogs(), services.executor(), Clock.systemDefaultZone(), services.bundle());
        this.loaders = new FxmlLoaderFactory(services.bundle(), controllers());
        this.root = loaders.load(FxmlFile.WIZARD_FRAME, WizardFrameController.class).root();
    }

    public static Wizard create(WizardServices services) {
        return new Wizard(services);
    }

    private Map<Class<?>, Supplier<?>> controllers() {
        var bundle = services.bundle();
        Map<Class<?>, Supplier<?>> map = new HashMap<>();
        map.put(WizardFrameController.class, () -> new WizardFrameController(navigation, model,
                file -> loaders.load(file, WizardPage.class), fileActions, help, services.dialogs(), bundle));
        map.put(WelcomeController.class, () -> new WelcomeController(
                new WelcomeViewModel(model, services.install().unfinished(), bundle), fileActions, resume,
                services.executor(), bundle));
        map.put(CloudController.class, () -> new CloudController(
                new CloudViewModel(model, services.cloud(), services.executor(), bundle), services.fileChooser(),
                bundle));
        map.put(ClusterController.class, () -> {
            ClusterViewModel cluster = new ClusterViewModel(model, services.configFiles()::validate,
                    SupportedVersions.KUBERNETES);
            CloudCheckViewModel check = new CloudCheckViewModel(model, services.cloud(), services.executor(),
                    cluster.configValid());
            cluster.attachCloudCheck(check.findingsProperty(), check.passed());
            return new ClusterController(cluster, check, () -> navigation.goTo(WizardSteps.CLOUD),
                    services.fileChooser(), bundle);
        });
        map.put(PlatformController.class, () -> new PlatformController(new PlatformViewModel(model, bundle),
                services.catalog(), services.executor(), services.dialogs(), bundle));
        map.put(TopologyController.class, () -> new TopologyController(
                new TopologyViewModel(model, services.catalog(), bundle), services.fileChooser(), services.dialogs(),
                services.executor(), bundle));
        map.put(ReviewController.class, () -> new ReviewController(
                new ReviewViewModel(model, () -> services.install().workspace().configs(), bundle),
                // the config passed the Cluster page's validation to get here; the check is about the cloud
                new CloudCheckViewModel(model, services.cloud(), services.executor(), new SimpleBooleanProperty(true)),
                install, fileActions, services.fileChooser(), services.executor(),
                () -> navigation.goTo(WizardSteps.CLOUD), () -> navigation.goTo(WizardSteps.INSTALL), bundle));
        map.put(InstallController.class, () -> new InstallController(install, bundle));
        map.put(ClusterAccessController.class, () -> new ClusterAccessController(install.access(), bundle));
        return map;
    }

    public Parent root() {
        return root;
    }

    public WizardModel model() {
        return model;
    }

    public WizardFrameViewModel navigation() {
        return navigation;
    }

    public InstallViewModel install() {
        return install;
    }
}
