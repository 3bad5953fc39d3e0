package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretValuesTest {

    @Test
    void masksRememberedValuesThatLookLikeNothingAndCountsThem() {
        String secret = "correct horse " + System.nanoTime();
        assertThat(LogRedactor.redact("login refused for '" + secret + "'")).contains(secret);

        SecretValues.remember(secret);

        LogRedactor.Redacted r = LogRedactor.redactCounting("login refused for '" + secret + "' and " + secret);
        assertThat(r.text()).isEqualTo("login refused for '******' and ******");
        assertThat(r.masks()).isEqualTo(2);
    }

    @Test
    void masksTheBase64FormTooAlsoInsideLongerBase64() {
        String secret = "pw-" + System.nanoTime();
        SecretValues.remember(secret);
        String b64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));

        assertThat(LogRedactor.redact("data: {x: " + b64 + "}")).doesNotContain(b64).contains("******");
    }

    @Test
    void ignoresShortAndEmptyValues() {
        SecretValues.remember("demo");
        SecretValues.remember("1234567");
        SecretValues.remember((String) null);
        SecretValues.remember(new char[] {'x', 'y'});

        assertThat(LogRedactor.redactCounting("cluster demo 1234567 xy"))
                .isEqualTo(new LogRedactor.Redacted("cluster demo 1234567 xy", 0));
    }

    @Test
    void masksALongerSecretWholeWhenAShorterOneIsPartOfIt() {
        String shortOne = "k" + System.nanoTime();
        String longOne = shortOne + "-tail";
        SecretValues.remember(shortOne);
        SecretValues.remember(longOne);

        assertThat(LogRedactor.redact("x " + longOne + " y")).isEqualTo("x ****** y");
    }
}
