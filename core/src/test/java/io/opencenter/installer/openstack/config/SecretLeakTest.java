package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No secret text in any toString, finding or exception message, on the good paths and the bad ones. */
class SecretLeakTest {
    private static final List<String> SECRETS = List.of("PW-good-8qz", "AC-good-4kd", "TK-good-1mm", "PW-bad-type-3vv",
            "PW-env-6yy", "PW-list-2ww", "PW-broken-5tt");

    @TempDir
    Path root;

    @Test
    void secretsNeverShowUpInText() {
        ConfigDirs dirs = new ConfigDirs(root);
        write(dirs.cwd.resolve("clouds.yaml"), """
                clouds:
                  good-pw:
                    auth: {auth_url: 'http://h:5000/v3', username: u, password: PW-good-8qz, project_name: x}
                  good-ac:
                    auth: {auth_url: 'http://h:5000/v3', application_credential_id: i,
                           application_credential_secret: AC-good-4kd}
                  good-tk:
                    auth_type: token
                    auth: {auth_url: 'http://h:5000/v3', token: TK-good-1mm}
                  bad-type:
                    auth_type: saml2
                    auth: {auth_url: 'http://h:5000/v3', username: u, password: PW-bad-type-3vv, project_name: x}
                  bad-list:
                    auth: {auth_url: 'http://h:5000/v3', username: u, password: [PW-list-2ww], project_name: x}
                """);
        write(dirs.cwd.resolve("secure.yaml"), "clouds:\n  broken:\n    auth:\n      password: \"PW-broken-5tt\n");
        dirs.env("OS_AUTH_URL", "http://h:5000/v3").env("OS_USERNAME", "u").env("OS_PASSWORD", "PW-env-6yy");

        CloudsConfig config = dirs.load();

        assertThat(config.names()).containsExactly("good-pw", "good-ac", "good-tk");
        List<String> texts = new ArrayList<>();
        texts.add(config.toString());
        config.clouds().forEach(c -> {
            texts.add(c.toString());
            texts.add(c.auth().toString());
        });
        config.findings().stream().map(Finding::toString).forEach(texts::add);
        for (String name : List.of("bad-type", "bad-list", "envvars", "broken", "unknown")) {
            texts.add(catchThrowable(() -> config.require(name)).getMessage());
        }
        assertThat(config.findings()).hasSizeGreaterThanOrEqualTo(4);
        for (String text : texts) {
            for (String secret : SECRETS) {
                assertThat(text).doesNotContain(secret);
            }
        }
        assertThat(config.require("good-pw").toString()).contains("******");
    }

    @Test
    void theRecordsThemselvesRedact() {
        CloudProfile p = new CloudProfile("n", new CloudAuth.Password("u", "user", "Default",
                Secret.of("PW-rec-0aa"), "p", null, "Default"), null, null, null, false, "test");

        assertThat(p.toString()).doesNotContain("PW-rec-0aa").contains("******");
    }
}
