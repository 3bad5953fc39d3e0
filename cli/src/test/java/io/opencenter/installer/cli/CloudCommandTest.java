package io.opencenter.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudCommandTest {
    private static final String SECRET = "s3cr3t-never-printed";

    @TempDir
    Path home;

    @Test
    void listShowsCloudsYamlEntriesTheEnvironmentCloudAndTheSandboxWithoutSecrets() throws IOException {
        Files.writeString(home.resolve("clouds.yaml"), """
                clouds:
                  prod:
                    auth:
                      auth_url: https://keystone.example:5000/v3
                      username: alice
                      project_name: prod
                      user_domain_name: Default
                      project_domain_name: Default
                    region_name: RegionOne
                  ci:
                    auth_type: v3applicationcredential
                    auth:
                      auth_url: https://keystone.example:5000/v3
                      application_credential_id: 4f1e
                      application_credential_secret: %s
                """.formatted(SECRET));
        Files.writeString(home.resolve("secure.yaml"), """
                clouds:
                  prod:
                    auth:
                      password: %s
                """.formatted(SECRET));
        Map<String, String> env = Map.of("OS_AUTH_URL", "https://other.example:5000/v3", "OS_USERNAME", "bob",
                "OS_PASSWORD", SECRET, "OS_PROJECT_NAME", "p", "OS_USER_DOMAIN_NAME", "Default",
                "OS_PROJECT_DOMAIN_NAME", "Default");
        CloudCli.Run r = CloudCli.run(home, env, SandboxOptions.defaults(), "cloud", "list");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("read " + home.resolve("clouds.yaml") + " and " + home.resolve("secure.yaml"))
                .containsPattern("prod\\s+password \\(alice\\)\\s+RegionOne")
                .containsPattern("ci\\s+application credential")
                .containsPattern("\\*\\s*envvars\\s+password \\(bob\\)")
                .contains("Sandbox (simulated cloud)")
                .doesNotContain(SECRET);
    }

    @Test
    void oneBadEntryIsReportedAtItsKeyAndTheOthersAreStillListed() throws IOException {
        Path file = Files.writeString(home.resolve("clouds.yaml"), """
                clouds:
                  prod:
                    auth: {auth_url: 'https://keystone.example:5000/v3', username: alice, password: pw-alice-1, project_name: prod}
                  broken:
                    auth:
                      auth_url: ftp://keystone.example/v3
                      username: bob
                      password: !!binary aHVudGVyMg-not-base64
                      project_name: x
                  ci:
                    auth: {auth_url: 'http://10.0.0.5/identity/v3', username: ci, password: pw-ci-12, project_name: ci}
                """);
        CloudCli.Run r = CloudCli.run(home, "cloud", "list");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out() + r.err()).containsPattern("(?m)^\\s+prod\\s").containsPattern("(?m)^\\s+ci\\s")
                .contains("cloud 'broken' (" + file + "): auth.auth_url uses the scheme ftp, but only http and https "
                        + "are accepted")
                .contains("cloud 'broken' (" + file + "): auth.password must be text, but is binary data (!!binary)")
                .doesNotContain("aHVudGVyMg").doesNotContain("Illegal").doesNotContain("Exception");

        CloudCli.Run test = CloudCli.run(home, "cloud", "test", "--cloud", "broken");
        assertThat(test.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(test.err()).contains("auth.auth_url").contains(file.toString())
                .doesNotContain("invalid URI scheme").doesNotContain("Exception");
    }

    @Test
    void credentialsInTheAuthUrlAreNeverPrinted() throws IOException {
        Files.writeString(home.resolve("clouds.yaml"), """
                clouds:
                  lab:
                    auth: {auth_url: 'http://admin:Sup3rS3cretPw@127.0.0.1:1/v3', username: admin, password: pw-12345678, project_name: p}
                """);
        for (String[] args : new String[][] {{"cloud", "list"}, {"cloud", "test", "--cloud", "lab"}}) {
            CloudCli.Run r = CloudCli.run(home, args);
            assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain("Sup3rS3cretPw")
                    .doesNotContain("admin:");
        }
        assertThat(CloudCli.run(home, "cloud", "list").out() + CloudCli.run(home, "cloud", "list").err())
                .contains("auth.auth_url holds credentials");
        assertThat(CloudCli.run(home, "cloud", "test", "--cloud", "lab").out())
                .contains("Testing lab at http://127.0.0.1:1/v3");
    }

    @Test
    void listWithoutAnyCloudsYamlSaysWhereItLookedAndStillOffersTheSandbox() {
        CloudCli.Run r = CloudCli.run(home, "cloud", "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("no clouds.yaml found; looked for " + home.resolve("clouds.yaml"))
                .contains("Sandbox (simulated cloud)");
    }

    @Test
    void testingTheSandboxListsEveryServiceOkWithLatency() {
        CloudCli.Run r = CloudCli.run(home, "cloud", "test", "--sandbox");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Testing Sandbox (simulated cloud)");
        for (String service : new String[] {"login", "identity", "compute", "network", "image", "volumev3"}) {
            assertThat(r.out()).containsPattern("(?m)^OK\\s+" + service + "\\s+\\d+ ms");
        }
        assertThat(r.out()).doesNotContain("FAIL");
    }

    @Test
    void testingACloudsYamlEntryThatPointsAtARunningSandboxWorks() throws IOException {
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.defaults())) {
            String password = new String(((CloudAuth.Password) sandbox.profile().auth()).password().reveal());
            CloudCli.writeClouds(home, CloudCli.cloudEntry("lab", sandbox.profile(), password));
            CloudCli.Run r = CloudCli.run(home, "cloud", "test", "--cloud", "lab");
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).containsPattern("(?m)^OK\\s+compute\\s+\\d+ ms");
        }
    }

    @Test
    void aWrongPasswordFailsAtLoginNamingTheUserAndExitsOne() throws IOException {
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.defaults())) {
            CloudCli.writeClouds(home, CloudCli.cloudEntry("lab", sandbox.profile(), SECRET));
            CloudCli.Run r = CloudCli.run(home, "cloud", "test", "--cloud", "lab");
            assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
            CloudAuth.Password p = (CloudAuth.Password) sandbox.profile().auth();
            assertThat(r.out()).containsPattern("(?m)^FAIL\\s+login")
                    .contains("rejected user " + p.username())
                    .contains(p.authUrl())
                    .doesNotContain(SECRET);
        }
    }

    @Test
    void anUnknownCloudListsTheAvailableOnes() throws IOException {
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.defaults())) {
            CloudCli.writeClouds(home, CloudCli.cloudEntry("lab", sandbox.profile(), "x"),
                    CloudCli.cloudEntry("staging", sandbox.profile(), "x"));
        }
        CloudCli.Run r = CloudCli.run(home, "cloud", "test", "--cloud", "labb");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("there is no cloud named labb").contains("did you mean lab?")
                .contains("available clouds: lab, staging");
    }

    @Test
    void anUnreachableCloudFailsAtLogin() throws IOException {
        Files.writeString(home.resolve("clouds.yaml"), """
                clouds:
                  gone:
                    auth:
                      auth_url: http://127.0.0.1:9/v3
                      username: u
                      password: p
                      project_name: p
                      user_domain_name: Default
                      project_domain_name: Default
                """);
        CloudCli.Run r = CloudCli.run(home, "cloud", "test", "--cloud", "gone");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).containsPattern("(?m)^FAIL\\s+login").contains("cannot reach http://127.0.0.1:9/v3");
    }

    @Test
    void testNeedsACloudOrTheSandbox() {
        CloudCli.Run r = CloudCli.run(home, "cloud", "test");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("--cloud").contains("--sandbox");
    }
}
