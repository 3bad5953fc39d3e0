package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.ui.common.FxmlFile;
import java.util.List;

/** The order of the wizard. Pages are found by id, never by position, so steps can be inserted. */
public final class WizardSteps {
    public static final String WELCOME = "welcome";
    public static final String CLOUD = "cloud";
    public static final String CLUSTER = "cluster";
    public static final String PLATFORM = "platform";
    public static final String TOPOLOGY = "topology";
    public static final String REVIEW = "review";
    public static final String INSTALL = "install";
    public static final String HEALTH = "health";

    private WizardSteps() {}

    public static List<WizardStep> all() {
        return List.of(
                new WizardStep(WELCOME, "step.welcome", FxmlFile.WIZARD_WELCOME),
                new WizardStep(CLOUD, "step.cloud", FxmlFile.WIZARD_CLOUD),
                new WizardStep(CLUSTER, "step.cluster", FxmlFile.WIZARD_CLUSTER),
                new WizardStep(PLATFORM, "step.platform", FxmlFile.WIZARD_PLATFORM),
                new WizardStep(TOPOLOGY, "step.topology", FxmlFile.WIZARD_TOPOLOGY),
                new WizardStep(REVIEW, "step.review", FxmlFile.WIZARD_REVIEW),
                new WizardStep(INSTALL, "step.install", FxmlFile.WIZARD_INSTALL),
                new WizardStep(HEALTH, "step.health", null));
    }
}
