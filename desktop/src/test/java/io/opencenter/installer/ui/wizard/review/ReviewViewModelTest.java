package io.opencenter.installer.ui.wizard.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.nio.file.Path;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ReviewViewModelTest {
    private final Path configs = Path.of("/ws/configs");
    private final WizardModel model = new WizardModel(ClusterConfigs.sandboxDefault());
    private final ReviewViewModel vm = new ReviewViewModel(model, () -> configs,
            ResourceBundle.getBundle("i18n.messages"));

    @Test
    void theSavePathStartsInTheWorkspaceNamedAfterTheCluster() {
        vm.suggestSavePath();
        assertThat(vm.saveFile().get()).isEqualTo(configs.resolve("demo.yaml"));
        assertThat(vm.cliCommand().get()).isEqualTo("opencenter-installer apply -f /ws/configs/demo.yaml");
    }

    @Test
    void theFileLastSavedOrOpenedWins() {
        model.configFileProperty().set(Path.of("/home/me/prod.yaml"));
        vm.suggestSavePath();
        assertThat(vm.savePathProperty().get()).isEqualTo("/home/me/prod.yaml");
        assertThat(vm.savedText().get()).contains("/home/me/prod.yaml");
        vm.savePathProperty().set("/home/me/other.yaml");
        assertThat(vm.savedText().get()).isEmpty(); // not saved there yet
    }

    @Test
    void anEmptyFieldHasNoCommand() {
        vm.savePathProperty().set("  ");
        assertThat(vm.saveFile().get()).isNull();
        assertThat(vm.cliCommand().get()).isEmpty();
    }

    @Test
    void thePlanIsStaleOnceTheModelChanges() throws Exception {
        assertThat(vm.isStale()).isTrue();
        vm.show(vm.planJob().call());
        assertThat(vm.isStale()).isFalse();
        assertThat(vm.countsText().get()).startsWith(vm.reviewProperty().get().total() + " resources:");
        model.config().nameProperty().set("other");
        assertThat(vm.isStale()).isTrue();
    }
}
