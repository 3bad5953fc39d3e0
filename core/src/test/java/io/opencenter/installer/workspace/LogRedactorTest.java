package io.opencenter.installer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogRedactorTest {

    @Test
    void masksValuesOfSecretKeys() {
        assertThat(LogRedactor.redact("login with password=hunter2x and user=demo"))
                .isEqualTo("login with password=****** and user=demo");
        assertThat(LogRedactor.redact("{\"application_credential_secret\": \"s3cr3t-value\", \"id\": \"x\"}"))
                .doesNotContain("s3cr3t-value").contains("\"id\": \"x\"");
        assertThat(LogRedactor.redact("header X-Auth-Token: abcdef123456")).doesNotContain("abcdef123456");
        assertThat(LogRedactor.redact("OS_PASSWORD='with space'")).doesNotContain("with space");
    }

    @Test
    void masksBearerTokensKeysAndLongTokenRuns() {
        String fernet = "gAAAAABmZ2xvYmFsLXRva2VuLWZvci10ZXN0aW5nLW9ubHktbm90LXJlYWwtYXQtYWxs";
        assertThat(LogRedactor.redact("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"))
                .doesNotContain("eyJhbGciOiJIUzI1NiJ9");
        assertThat(LogRedactor.redact("got " + fernet + " back")).isEqualTo("got ****** back");
        assertThat(LogRedactor.redact("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA\n-----END OPENSSH PRIVATE KEY-----"))
                .isEqualTo("******");
        assertThat(LogRedactor.redact("key AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQ")).isEqualTo("key ******");
    }

    @Test
    void masksTheBootstrapTokenAndCertificateKeyOfAKubeadmJoinCommand() {
        String join = "kubeadm join 10.20.0.10:6443 --token 9a08jv.c0izixklcxtmnze7 --discovery-token-ca-cert-hash"
                + " sha256:1f3c5e7a9b2d4f6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e --control-plane"
                + " --certificate-key 7f0e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a2918";
        String redacted = LogRedactor.redact(join);
        assertThat(redacted).doesNotContain("9a08jv").doesNotContain("c0izixklcxtmnze7")
                .doesNotContain("7f0e6d5c4b3a2918").startsWith("kubeadm join 10.20.0.10:6443 --token ******");
        // a host name with a dot and version numbers are not tokens
        String plain = "demo-control-plane-1.novalocal runs kubelet v1.35.4 on ubuntu-24.04";
        assertThat(LogRedactor.redact(plain)).isEqualTo(plain);
    }

    @Test
    void keepsIdsNamesAndAddressesReadable() {
        String line = "READY SERVER demo-control-plane-1 id 3f1c2a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f at 10.20.0.11/24"
                + " in http://127.0.0.1:5000/v3 (tokens expire: renewing)";
        assertThat(LogRedactor.redact(line)).isEqualTo(line);
        assertThat(LogRedactor.redact(null)).isNull();
        String frame = "\tat io.opencenter.installer.openstack.client.TokenSource.get(TokenSource.java:42)";
        assertThat(LogRedactor.redact(frame)).isEqualTo(frame);
    }

    @Test
    void urlsKeepTheirPortAndPathButNotATokenInThem() {
        String request = "Executing Request: GET http://127.0.0.1:42455/volume/v3/0f6b2a4c8e1d4b7a9c3e5f7a1b2c4d6e/limits"
                + "/os-availability-zone/detail?all_tenants=1";
        assertThat(LogRedactor.redact(request)).isEqualTo(request);
        String fernet = "gAAAAABmZ2xvYmFsLXRva2VuLWZvci10ZXN0aW5nLW9ubHktbm90LXJlYWwtYXQtYWxs";
        assertThat(LogRedactor.redact("GET https://keystone.example.com:5000/v3/auth/" + fernet + "/check"))
                .isEqualTo("GET https://keystone.example.com:5000/v3/auth/******/check");
    }

    @Test
    void credentialsInAnyUrlAreMasked() {
        LogRedactor.Redacted r = LogRedactor.redactCounting("Testing lab at http://admin:Pw0rd@10.0.0.5:5000/v3, repo "
                + "https://ghp_tok3n@github.com/org/repo.git and ssh://deploy@git.example/x.git");
        assertThat(r.text()).isEqualTo("Testing lab at http://******@10.0.0.5:5000/v3, repo "
                + "https://******@github.com/org/repo.git and ssh://******@git.example/x.git");
        assertThat(r.masks()).isEqualTo(3);
        assertThat(LogRedactor.redactCounting(r.text()).masks()).isZero();
        String plain = "GET http://127.0.0.1:5000/v3 and git@github.com:org/repo.git";
        assertThat(LogRedactor.redact(plain)).isEqualTo(plain);
    }

    @Test
    void countsEachMaskOnceEvenWhenRedactedTwice() {
        LogRedactor.Redacted once = LogRedactor.redactCounting("password=hunter2x Bearer abcdefghijkl");
        assertThat(once.masks()).isEqualTo(2);
        assertThat(LogRedactor.redactCounting(once.text())).isEqualTo(new LogRedactor.Redacted(once.text(), 0));
    }
}
