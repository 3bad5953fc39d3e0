package io.opencenter.installer.ui.wizard.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.CloudDiscovery;
import io.opencenter.installer.install.CloudProbe;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.wizard.cloud.CloudCheckViewModel.State;
import io.opencenter.installer.ui.wizard.cluster.ClusterViewModel;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CloudCheckViewModelTest {
    private final FakeCloud cloud = new FakeCloud();
    private final WizardModel model = new WizardModel(ClusterConfigs.sandboxDefault());
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final SimpleBooleanProperty configValid = new SimpleBooleanProperty(true);

    @BeforeAll
    static void toolkit() {
        Fx.start();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private void connect() throws Exception {
        CloudConnection connection = cloud.services().sandbox().requireConnection();
        CloudDiscovery discovery;
        try (CloudProbe probe = CloudProbe.open(connection)) {
            discovery = probe.discover();
        }
        Fx.run(() -> model.cloudSessionProperty().set(new CloudSession(CloudSource.SANDBOX, null, connection,
                discovery, List.of())));
    }

    private CloudCheckViewModel check() throws Exception {
        return Fx.get(() -> new CloudCheckViewModel(model, cloud.services(), executor, configValid));
    }

    @Test
    void withoutATestedCloudItSaysSoAndBlocks() throws Exception {
        CloudCheckViewModel check = check();
        assertThat(check.stateProperty().get()).isEqualTo(State.NO_CLOUD);
        assertThat(check.passed().get()).isFalse();
    }

    @Test
    void aQuotaShortByOneInstanceFailsAtThePoolCountAndRaisingItPasses() throws Exception {
        cloud.instanceLimit = 4; // sandbox default config: 3 control-plane nodes + 2 workers
        CloudCheckViewModel check = check();
        connect();
        Fx.await(() -> check.stateProperty().get() == State.FAILED);

        assertThat(check.passed().get()).isFalse();
        assertThat(check.findingsProperty().get()).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("spec.workerPools[0].count"))
                .satisfies(f -> assertThat(f.message()).contains("instances"));
        CloudCheck.QuotaRow row = check.checkProperty().get().quotas().get(0);
        assertThat(row.needed()).isEqualTo(5);
        assertThat(row.ok()).isFalse();

        // one worker fewer fits: the edit re-runs the check
        Fx.run(() -> model.config().workerPools().get(0).countProperty().set(1));
        Fx.await(() -> check.stateProperty().get() == State.PASSED);
        assertThat(check.findingsProperty().get()).isEmpty();
        assertThat(check.passed().get()).isTrue();
    }

    @Test
    void aConfigWithErrorsIsNotSentToTheCloud() throws Exception {
        CloudCheckViewModel check = check();
        connect();
        Fx.await(() -> check.stateProperty().get() == State.PASSED);
        Fx.run(() -> configValid.set(false));
        assertThat(check.stateProperty().get()).isEqualTo(State.WAITING_FOR_VALID_CONFIG);
        assertThat(check.passed().get()).isFalse();
    }

    @Test
    void theClusterPageWaitsForTheCheckAndShowsItsFindingsAtTheirFields() throws Exception {
        cloud.instanceLimit = 4;
        ClusterViewModel cluster = Fx.get(() -> new ClusterViewModel(model, config -> List.of(), List.of("1.31")));
        CloudCheckViewModel check = Fx.get(() -> new CloudCheckViewModel(model, cloud.services(), executor,
                cluster.configValid()));
        Fx.run(() -> cluster.attachCloudCheck(check.findingsProperty(), check.passed()));
        assertThat(cluster.valid().get()).as("no cloud yet").isFalse();
        connect();
        Fx.await(() -> check.stateProperty().get() == State.FAILED);
        assertThat(cluster.valid().get()).isFalse();
        assertThat(cluster.routedProperty().get().at("spec.workerPools[0].count")).hasSize(1);

        Fx.run(() -> cloud.instanceLimit = 10);
        Fx.run(check::recheck);
        Fx.await(() -> cluster.valid().get());
        assertThat(cluster.routedProperty().get().at("spec.workerPools[0].count")).isEmpty();
    }
}
