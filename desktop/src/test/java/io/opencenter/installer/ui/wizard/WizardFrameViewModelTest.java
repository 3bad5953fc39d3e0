package io.opencenter.installer.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.ui.common.FxmlFile;
import io.opencenter.installer.ui.wizard.WizardFrameViewModel.StepState;
import java.util.List;
import org.junit.jupiter.api.Test;

class WizardFrameViewModelTest {
    private final WizardFrameViewModel nav = new WizardFrameViewModel(WizardSteps.all());

    @Test
    void startsOnWelcomeWithNoWayBack() {
        assertThat(nav.currentStep().get().id()).isEqualTo(WizardSteps.WELCOME);
        assertThat(nav.canGoBack().get()).isFalse();
        assertThat(nav.hasNextStep().get()).isTrue();
    }

    @Test
    void nextSkipsStepsOfLaterReleasesAndStopsAtTheLastBuiltPage() {
        nav.next();
        assertThat(nav.currentStep().get().id()).isEqualTo(WizardSteps.CLOUD);
        nav.next();
        assertThat(nav.currentStep().get().id()).isEqualTo(WizardSteps.CLUSTER);
        nav.next();
        nav.next();
        assertThat(nav.currentStep().get().id()).isEqualTo(WizardSteps.TOPOLOGY);
        nav.next();
        nav.next();
        assertThat(nav.currentStep().get().id()).isEqualTo(WizardSteps.INSTALL);
        assertThat(nav.hasNextStep().get()).isFalse();
        nav.next();
        assertThat(nav.currentStep().get().id()).isEqualTo(WizardSteps.INSTALL);
        assertThat(nav.stateOf(0)).isEqualTo(StepState.DONE);
        assertThat(nav.stateOf(5)).isEqualTo(StepState.DONE);
        assertThat(nav.stateOf(7)).isEqualTo(StepState.LATER_RELEASE);
    }

    @Test
    void backSkipsToo() {
        WizardFrameViewModel withGap = new WizardFrameViewModel(List.of(
                new WizardStep("welcome", "step.welcome", FxmlFile.WIZARD_WELCOME),
                new WizardStep("later", "step.health", null),
                new WizardStep("cluster", "step.cluster", FxmlFile.WIZARD_CLUSTER)));
        withGap.next();
        assertThat(withGap.currentStep().get().id()).isEqualTo("cluster");
        withGap.back();
        assertThat(withGap.currentStep().get().id()).isEqualTo("welcome");
        nav.goTo(WizardSteps.INSTALL);
        nav.back();
        assertThat(nav.currentStep().get().id()).isEqualTo(WizardSteps.REVIEW);
    }

    @Test
    void stepsAreFoundByIdSoInsertingAPageNeedsNoIndexChanges() {
        WizardFrameViewModel withCloud = new WizardFrameViewModel(List.of(
                new WizardStep("welcome", "step.welcome", FxmlFile.WIZARD_WELCOME),
                new WizardStep("cloud", "step.cloud", FxmlFile.WIZARD_WELCOME),
                new WizardStep("cluster", "step.cluster", FxmlFile.WIZARD_CLUSTER)));
        withCloud.next();
        assertThat(withCloud.currentStep().get().id()).isEqualTo("cloud");
        assertThat(withCloud.goTo("cluster")).isTrue();
        assertThat(withCloud.goTo("review")).isFalse();
    }
}
