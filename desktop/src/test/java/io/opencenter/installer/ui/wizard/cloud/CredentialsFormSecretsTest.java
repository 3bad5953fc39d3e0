package io.opencenter.installer.ui.wizard.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.workspace.LogRedactor;
import org.junit.jupiter.api.Test;

/** Typed credentials enter the program through the form: from then on the log masks them by value. */
class CredentialsFormSecretsTest {

    @Test
    void theTypedPasswordAndApplicationCredentialSecretAreMaskedOnceTheProfileIsMade() {
        String password = "typed pass " + System.nanoTime();
        String appSecret = "typed app secret " + System.nanoTime();
        CredentialsForm form = new CredentialsForm();
        form.entryNameProperty().set("typed");
        form.authUrlProperty().set("http://127.0.0.1:5000/v3");
        form.usernameProperty().set("alice");
        form.projectNameProperty().set("demo");
        form.passwordProperty().set(Secret.of(password));
        form.appCredentialIdProperty().set("0000cccc");
        form.appCredentialSecretProperty().set(Secret.of(appSecret));
        assertThat(LogRedactor.redact("tried " + password)).contains(password);

        form.kindProperty().set(CredentialKind.PASSWORD);
        form.toProfile();
        form.kindProperty().set(CredentialKind.APPLICATION_CREDENTIAL);
        form.toProfile();

        assertThat(LogRedactor.redact("tried " + password + " then " + appSecret))
                .isEqualTo("tried ****** then ******");
    }
}
