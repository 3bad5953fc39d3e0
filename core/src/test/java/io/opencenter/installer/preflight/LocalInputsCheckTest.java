package io.opencenter.installer.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.provision.PlanBuilder;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preflight checks every local file apply will read, for every kind of resource a plan can hold. */
class LocalInputsCheckTest {
    @TempDir
    Path tmp;

    static ProvisioningPlan plan(String keyFile) {
        return PlanBuilder.build(CloudFixtures.withSshKey(ClusterConfigs.sandboxDefault(), keyFile));
    }

    @Test
    void everyKindOfResourceSaysWhichLocalFilesItNeeds() {
        for (Class<?> kind : ResourceAttributes.class.getPermittedSubclasses()) {
            assertThat(LocalInputsCheck.NO_LOCAL_INPUT.contains(kind) || kind == ResourceAttributes.Keypair.class)
                    .as(kind.getSimpleName() + " is classified").isTrue();
        }
        // and every resource of a real plan goes through the rule (the keypair's file is the one local input)
        ProvisioningPlan plan = plan("/keys/id.pub");
        List<LocalInputsCheck.LocalFile> files = plan.resources().stream().map(PlannedResource::attributes)
                .flatMap(a -> LocalInputsCheck.localFiles(a).stream()).toList();
        assertThat(files).containsExactly(new LocalInputsCheck.LocalFile("/keys/id.pub",
                io.opencenter.installer.spec.ConfigField.SSH_KEY));
    }

    @Test
    void aMissingKeyFileIsAnError() {
        Path missing = tmp.resolve("nowhere/id.pub");
        assertThat(LocalInputsCheck.check(plan(missing.toString()))).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.path()).isEqualTo("spec.sshPublicKeyFile");
            assertThat(f.message()).isEqualTo("sshPublicKeyFile " + missing + " does not exist");
        });
    }

    @Test
    void aPrivateKeyOrAFolderIsAnErrorAndAPublicKeyPasses() throws Exception {
        Path privateKey = Files.writeString(tmp.resolve("id_ed25519"),
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE\n-----END OPENSSH PRIVATE KEY-----\n");
        assertThat(LocalInputsCheck.check(plan(privateKey.toString()))).extracting(Finding::message)
                .singleElement().asString().contains(privateKey.toString()).contains("holds a private key")
                .doesNotContain("b3BlbnNzaC1rZXktdjE");
        assertThat(LocalInputsCheck.check(plan(tmp.toString()))).extracting(Finding::message)
                .singleElement().asString().contains("is a folder");
        Path publicKey = Files.writeString(tmp.resolve("id_ed25519.pub"), "ssh-ed25519 "
                + "AAAAC3NzaC1lZDI1NTE5AAAAIFnrKKRp3F2WP3jhJSpv5hzV4xQGY9mQcQ8a4Yq1GKFs ada@lab\n");
        assertThat(LocalInputsCheck.check(plan(publicKey.toString()))).isEmpty();
        assertThat(LocalInputsCheck.check(PlanBuilder.build(ClusterConfigs.sandboxDefault()))).isEmpty();
    }
}
