package io.opencenter.installer.ui.wizard.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.wizard.model.StartChoice;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class WelcomeViewModelTest {
    private final WizardModel model = new WizardModel(ClusterConfigs.sandboxDefault());
    private final WelcomeViewModel viewModel = new WelcomeViewModel(model, java.util.List::of,
            ResourceBundle.getBundle("i18n.messages"));

    @Test
    void sandboxIsTheDefaultAndValid() {
        assertThat(viewModel.choiceProperty().get()).isEqualTo(StartChoice.SANDBOX);
        assertThat(model.config().sandboxProperty().get()).isTrue();
        assertThat(viewModel.valid().get()).isTrue();
    }

    @Test
    void ownCloudTurnsTheSandboxFlagOff() {
        viewModel.choose(StartChoice.OWN_CLOUD);
        assertThat(model.toConfig().spec().cloud().sandbox()).isFalse();
        viewModel.choose(StartChoice.SANDBOX);
        assertThat(model.toConfig().spec().cloud().sandbox()).isTrue();
    }

    @Test
    void openingAConfigIsOnlyValidOnceAFileIsOpen() {
        viewModel.choose(StartChoice.EXISTING_CONFIG);
        assertThat(viewModel.valid().get()).isFalse();
        assertThat(viewModel.openedFileText().get()).isEqualTo("No file opened yet");
        model.open(Path.of("/tmp/x/prod.yaml"), model.toConfig(), List.of());
        assertThat(viewModel.valid().get()).isTrue();
        assertThat(viewModel.openedFileText().get()).contains("prod.yaml");
    }
}
