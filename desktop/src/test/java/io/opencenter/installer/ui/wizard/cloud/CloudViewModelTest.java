package io.opencenter.installer.ui.wizard.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.install.ServiceCheck;
import io.opencenter.installer.install.ServiceCheck.Status;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.CloudService;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.wizard.cloud.CloudViewModel.TestState;
import io.opencenter.installer.ui.wizard.model.StartChoice;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CloudViewModelTest {
    private final FakeCloud cloud = new FakeCloud();
    private final WizardModel model = new WizardModel(ClusterConfigs.sandboxDefault());
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private CloudViewModel viewModel;

    @BeforeAll
    static void toolkit() {
        Fx.start();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private CloudViewModel viewModel() throws Exception {
        viewModel = Fx.get(() -> new CloudViewModel(model, cloud.services(), executor,
                ResourceBundle.getBundle("i18n.messages")));
        return viewModel;
    }

    private void testAndWait() throws Exception {
        Fx.run(viewModel::testConnection);
        Fx.await(() -> viewModel.stateProperty().get() != TestState.TESTING);
    }

    @Test
    void theSandboxIsTheDefaultAndItsTestFillsTheSessionAndAllowsNext() throws Exception {
        viewModel();
        assertThat(viewModel.sourceProperty().get()).isEqualTo(CloudSource.SANDBOX);
        assertThat(viewModel.valid().get()).isFalse();

        testAndWait();

        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.SUCCEEDED);
        assertThat(viewModel.results()).extracting(ServiceCheck::service).containsExactly(CloudService.values());
        assertThat(viewModel.results()).allMatch(ServiceCheck::ok);
        assertThat(viewModel.valid().get()).isTrue();
        CloudSession session = model.cloudSessionProperty().get();
        assertThat(session.sandbox()).isTrue();
        assertThat(session.discovery().flavorNames()).containsExactly("m1.small", "m1.large", "m1.xlarge");
        assertThat(model.config().sandboxProperty().get()).isTrue();
    }

    @Test
    void aWrongPasswordIsPutAtThePasswordFieldWithKeystonesMessage() throws Exception {
        viewModel();
        CredentialsForm form = viewModel.credentials();
        Fx.run(() -> {
            viewModel.sourceProperty().set(CloudSource.CREDENTIALS);
            form.kindProperty().set(CredentialKind.PASSWORD);
            form.authUrlProperty().set(FakeCloud.AUTH_URL);
            form.usernameProperty().set("demo");
            form.passwordProperty().set(Secret.of("wrong"));
            form.projectNameProperty().set("demo");
        });
        assertThat(viewModel.canTest().get()).isTrue();

        testAndWait();

        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.FAILED);
        FieldProblem problem = viewModel.problemProperty().get();
        assertThat(problem.field()).isEqualTo(FieldProblem.Field.PASSWORD);
        assertThat(problem.message()).contains(FakeCloud.KEYSTONE_401);
        assertThat(viewModel.results().get(0).status()).isEqualTo(Status.FAILED);
        assertThat(viewModel.results().subList(1, 5)).allMatch(r -> r.status() == Status.SKIPPED);
        assertThat(model.cloudSessionProperty().get()).isNull();
        assertThat(viewModel.valid().get()).isFalse();
        assertThat(cloud.closed.get()).isEqualTo(cloud.connects.get()); // the failed connection is not left open

        // typing a new password clears the message: it was about the old one
        Fx.run(() -> form.passwordProperty().set(Secret.of("s3cret")));
        assertThat(viewModel.problemProperty().get()).isNull();
        testAndWait();
        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.SUCCEEDED);
        assertThat(model.config().cloudNameProperty().get()).isEqualTo("mycloud");
        assertThat(model.config().sandboxProperty().get()).isFalse();
    }

    @Test
    void aWrongApplicationCredentialSecretIsPutAtTheSecretField() throws Exception {
        viewModel();
        CredentialsForm form = viewModel.credentials();
        Fx.run(() -> {
            viewModel.sourceProperty().set(CloudSource.CREDENTIALS);
            form.authUrlProperty().set(FakeCloud.AUTH_URL);
            form.appCredentialIdProperty().set("ac-1");
            form.appCredentialSecretProperty().set(Secret.of("nope"));
        });
        testAndWait();
        assertThat(viewModel.problemProperty().get().field()).isEqualTo(FieldProblem.Field.APP_CREDENTIAL_SECRET);
    }

    @Test
    void aCloudsYamlEntryIsPickedAndNamedInTheConfigWithItsRegion() throws Exception {
        model.startChoiceProperty().set(StartChoice.OWN_CLOUD);
        model.config().sandboxProperty().set(false);
        viewModel();
        assertThat(viewModel.sourceProperty().get()).isEqualTo(CloudSource.CLOUDS_YAML);
        Fx.run(viewModel::refreshClouds);
        Fx.await(() -> viewModel.cloudNames().size() == 2);
        assertThat(viewModel.selectedCloudProperty().get()).isEqualTo("prod");
        assertThat(viewModel.listingProperty().get().filesRead()).hasSize(1);

        Fx.run(() -> viewModel.selectedCloudProperty().set("lab"));
        testAndWait();

        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.SUCCEEDED);
        assertThat(model.config().cloudNameProperty().get()).isEqualTo("lab");
        assertThat(model.config().regionProperty().get()).isEqualTo("RegionOne");
        assertThat(model.toConfig().spec().cloud().isSandbox()).isFalse();
    }

    @Test
    void withoutAnyClouds_yamlEntryMyCloudGoesStraightToTheForm() throws Exception {
        model.startChoiceProperty().set(StartChoice.OWN_CLOUD);
        model.config().sandboxProperty().set(false);
        viewModel = Fx.get(() -> new CloudViewModel(model, cloud.services(List.of()), executor,
                ResourceBundle.getBundle("i18n.messages")));
        Fx.run(viewModel::refreshClouds);
        Fx.await(() -> viewModel.sourceProperty().get() == CloudSource.CREDENTIALS);
    }

    @Test
    void changingTheChoiceAfterASuccessfulTestMakesItStaleAndClosesTheConnection() throws Exception {
        viewModel();
        testAndWait();
        assertThat(viewModel.valid().get()).isTrue();
        assertThat(cloud.closed.get()).as("the test's connection is given back at once").isEqualTo(1);

        Fx.run(() -> viewModel.sourceProperty().set(CloudSource.CLOUDS_YAML));

        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.NOT_TESTED);
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.valid().get()).isFalse();
        assertThat(model.cloudSessionProperty().get()).isNull();
        Fx.await(() -> cloud.closed.get() == 1);
    }

    @Test
    void cancelFreesThePageAtOnceAndTheLateAnswerIsDropped() throws Exception {
        viewModel();
        cloud.loginGate = new CountDownLatch(1);
        Fx.run(viewModel::testConnection);
        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.TESTING);
        assertThat(viewModel.canTest().get()).isFalse();
        assertThat(cloud.loginEntered.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        Fx.run(viewModel::cancel);

        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.NOT_TESTED);
        assertThat(viewModel.canTest().get()).isTrue();
        cloud.loginGate.countDown();
        Fx.await(() -> cloud.closed.get() == 1); // the worker gives its connection back
        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.NOT_TESTED);
        assertThat(model.cloudSessionProperty().get()).isNull();
    }

    @Test
    void theFormIsCompleteOnlyWithWhatKeystoneNeedsAndKeepsSecretsOutOfText() throws Exception {
        CredentialsForm form = Fx.get(CredentialsForm::new);
        Fx.run(() -> form.authUrlProperty().set("https://keystone:5000/v3"));
        assertThat(form.complete().get()).isFalse();
        Fx.run(() -> {
            form.appCredentialNameProperty().set("ci");
            form.appCredentialSecretProperty().set(Secret.of("xyz-secret"));
        });
        assertThat(form.complete().get()).as("a name needs its owner").isFalse();
        Fx.run(() -> form.appCredentialUserProperty().set("alice"));
        assertThat(form.complete().get()).isTrue();

        CloudProfile profile = form.toProfile();
        assertThat(profile.auth()).isInstanceOf(CloudAuth.ApplicationCredential.class);
        var auth = (CloudAuth.ApplicationCredential) profile.auth();
        assertThat(auth.name()).isEqualTo("ci");
        assertThat(auth.id()).isNull();
        assertThat(new String(auth.secret().reveal())).isEqualTo("xyz-secret");
        assertThat(profile.toString()).doesNotContain("xyz-secret");
        auth.secret().wipe();
        assertThat(form.appCredentialSecretProperty().get().isEmpty()).as("the profile has its own copy").isFalse();

        Fx.run(() -> {
            form.kindProperty().set(CredentialKind.PASSWORD);
            form.usernameProperty().set("alice");
            form.passwordProperty().set(Secret.of("pw"));
        });
        assertThat(form.complete().get()).as("a password login needs a project").isFalse();
        Fx.run(() -> form.projectNameProperty().set("k8s"));
        assertThat(form.complete().get()).isTrue();
        var password = (CloudAuth.Password) form.toProfile().auth();
        assertThat(password.projectDomainName()).isEqualTo("Default");
        assertThat(password.username()).isEqualTo("alice");
    }

    @Test
    void theConfigNeverCarriesTheSecret() throws Exception {
        viewModel();
        CredentialsForm form = viewModel.credentials();
        Fx.run(() -> {
            viewModel.sourceProperty().set(CloudSource.CREDENTIALS);
            form.kindProperty().set(CredentialKind.PASSWORD);
            form.authUrlProperty().set(FakeCloud.AUTH_URL);
            form.usernameProperty().set("demo");
            form.passwordProperty().set(Secret.of("s3cret"));
            form.projectNameProperty().set("demo");
        });
        testAndWait();
        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.SUCCEEDED);
        assertThat(model.toConfig().toString()).doesNotContain("s3cret");
    }

    @Test
    void anOpenedConfigNamingACloudOffersThatEntryForTheTest() throws Exception {
        viewModel();
        var config = ClusterConfigs.sandboxDefault();
        var spec = config.spec();
        var named = new io.opencenter.installer.spec.ClusterConfig(config.apiVersion(), config.kind(),
                config.metadata(), new io.opencenter.installer.spec.ClusterSpec(
                        new io.opencenter.installer.spec.ClusterSpec.Cloud("lab", "RegionOne", null, false),
                        spec.kubernetes(), spec.network(), spec.controlPlane(), spec.workerPools(),
                        spec.sshPublicKeyFile(), spec.platform(), spec.provisioning(), spec.offline()));
        Fx.run(() -> model.open(java.nio.file.Path.of("lab.yaml"), named, List.of()));
        Fx.run(viewModel::onShown);
        assertThat(viewModel.sourceProperty().get()).isEqualTo(CloudSource.CLOUDS_YAML);
        assertThat(viewModel.selectedCloudProperty().get()).isEqualTo("lab");
        testAndWait();
        assertThat(viewModel.stateProperty().get()).isEqualTo(TestState.SUCCEEDED);
        assertThat(model.cloudSessionProperty().get().cloudName()).isEqualTo("lab");
    }
}
