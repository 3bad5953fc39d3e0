package io.opencenter.installer.ui.wizard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.spec.SupportedVersions;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ClusterViewModelTest {
    private final WizardModel model = new WizardModel(ClusterConfigs.sandboxDefault());
    private final List<ClusterConfig> validated = new ArrayList<>();

    /** Stands in for the spec validator: pod CIDR equal to node CIDR is an error, a big pool a warning. */
    private List<Finding> fakeValidator(ClusterConfig c) {
        validated.add(c);
        List<Finding> found = new ArrayList<>();
        if (Objects.equals(c.spec().kubernetes().podCidr(), c.spec().network().nodeCidr())) {
            found.add(Finding.error("spec.kubernetes.podCidr", "overlaps nodeCidr", "pick another range"));
        }
        if (c.spec().workerPools().size() > 1 && c.spec().workerPools().get(1).count() > 50) {
            found.add(Finding.warning("spec.workerPools[1].count", "big", "sure?"));
        }
        if (c.name() == null) {
            found.add(Finding.error("metadata", "metadata is required", "add it"));
        }
        return found;
    }

    private final ClusterViewModel viewModel = new ClusterViewModel(model, this::fakeValidator,
            SupportedVersions.KUBERNETES);

    @Test
    void everyEditIsValidatedAndErrorsMakeThePageInvalid() {
        assertThat(viewModel.valid().get()).isTrue();
        model.config().podCidrProperty().set("10.20.0.0/24");
        assertThat(validated.get(validated.size() - 1).spec().kubernetes().podCidr()).isEqualTo("10.20.0.0/24");
        assertThat(viewModel.valid().get()).isFalse();
        assertThat(viewModel.routedProperty().get().at("spec.kubernetes.podCidr"))
                .extracting(Finding::message).containsExactly("overlaps nodeCidr");
        model.config().podCidrProperty().set("10.244.0.0/16");
        assertThat(viewModel.valid().get()).isTrue();
        assertThat(viewModel.routedProperty().get().at("spec.kubernetes.podCidr")).isEmpty();
    }

    @Test
    void warningsShowButDoNotBlockNext() {
        viewModel.addWorkerPool().countProperty().set(60);
        assertThat(viewModel.routedProperty().get().at("spec.workerPools[1].count")).hasSize(1);
        assertThat(viewModel.valid().get()).isTrue();
    }

    @Test
    void addedPoolsGetAFreeNameAndRemovingOneDropsItsPaths() {
        var a = viewModel.addWorkerPool();
        var b = viewModel.addWorkerPool();
        assertThat(a.nameProperty().get()).isNotEqualTo(b.nameProperty().get()).isNotEqualTo("default");
        assertThat(viewModel.fieldPaths()).contains("spec.workerPools[2].name");
        viewModel.removeWorkerPool(b);
        assertThat(viewModel.fieldPaths()).doesNotContain("spec.workerPools[2].name");
    }

    @Test
    void findingsWithoutAFieldAreListedSeparately() {
        model.config().nameProperty().set("");
        assertThat(viewModel.routedProperty().get().at("metadata.name")).isEmpty();
        assertThat(viewModel.routedProperty().get().unmapped()).extracting(Finding::path).containsExactly("metadata");
        assertThat(viewModel.valid().get()).isFalse();
    }
}
