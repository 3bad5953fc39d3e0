package io.opencenter.installer.ui.wizard.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.topology.DiagramFormat;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyViewModelTest {
    private final WizardModel model = new WizardModel(ClusterConfigs.sandboxDefault());
    private final TopologyViewModel viewModel = new TopologyViewModel(model, Catalog::builtIn,
            ResourceBundle.getBundle("i18n.messages"));

    @TempDir
    Path tmp;

    @Test
    void theDiagramFollowsTheModelsDisabledServices() throws Exception {
        assertThat(viewModel.isStale()).isTrue();
        viewModel.show(viewModel.buildJob().call());
        assertThat(viewModel.isStale()).isFalse();
        assertThat(viewModel.diagramProperty().get().namespace("velero")).isPresent();
        assertThat(viewModel.summary().get()).contains("15 namespaces");

        model.config().disabledServices().add("velero");
        assertThat(viewModel.isStale()).isTrue();
        viewModel.show(viewModel.buildJob().call());
        assertThat(viewModel.diagramProperty().get().namespace("velero")).isEmpty();
    }

    @Test
    void theBuildJobCapturesTheModelWhenItIsHandedOut() throws Exception {
        var job = viewModel.buildJob();
        model.config().nameProperty().set("later");
        assertThat(job.call().config().name()).isEqualTo("demo");
    }

    @Test
    void exportWritesTheShownDiagramAndSaysWhere() throws Exception {
        viewModel.show(viewModel.buildJob().call());
        Path svg = viewModel.exportJob(tmp.resolve("t.svg"), DiagramFormat.SVG).call();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("id=\"ns-velero\"");
        viewModel.exported(svg);
        assertThat(viewModel.statusProperty().get()).contains("t.svg");
        assertThat(viewModel.suggestedFileName(DiagramFormat.PNG)).isEqualTo("demo-topology.png");
    }
}
