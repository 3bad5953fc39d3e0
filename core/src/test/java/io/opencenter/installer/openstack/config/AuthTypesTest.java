package io.opencenter.installer.openstack.config;

import static io.opencenter.installer.openstack.config.ConfigDirs.cloud;
import static io.opencenter.installer.openstack.config.ConfigDirs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.spec.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** auth_type (and its absence) → the right {@link CloudAuth} record, with openstacksdk's domain rules. */
class AuthTypesTest {
    @TempDir
    Path root;
    ConfigDirs dirs;

    @BeforeEach
    void setUp() {
        dirs = new ConfigDirs(root);
    }

    private CloudsConfig load(String body) {
        write(dirs.cwd.resolve("clouds.yaml"), cloud("c", body));
        return dirs.load();
    }

    private CloudAuth auth(String body) {
        return load(body).require("c").auth();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "v3password", "Password"})
    void passwordAndItsAlias(String type) {
        CloudAuth auth = auth("""
                auth_type: %s
                auth:
                  auth_url: http://127.0.0.1:5000/v3
                  username: alice
                  password: pw
                  project_name: demo
                  user_domain_name: Users
                  project_domain_name: Projects
                """.formatted(type));

        assertThat(auth).isInstanceOfSatisfying(CloudAuth.Password.class, p -> {
            assertThat(p.authUrl()).isEqualTo("http://127.0.0.1:5000/v3");
            assertThat(p.username()).isEqualTo("alice");
            assertThat(new String(p.password().reveal())).isEqualTo("pw");
            assertThat(p.projectName()).isEqualTo("demo");
            assertThat(p.projectId()).isNull();
            assertThat(p.userDomainName()).isEqualTo("Users");
            assertThat(p.projectDomainName()).isEqualTo("Projects");
        });
    }

    @Test
    void passwordIsTheDefaultWhenAuthTypeIsAbsent() {
        CloudAuth auth = auth("""
                auth: {auth_url: 'http://h:5000/v3', username: u, password: p, project_id: 0a1b2c}
                """);

        assertThat(auth).isInstanceOfSatisfying(CloudAuth.Password.class, p -> {
            assertThat(p.projectId()).isEqualTo("0a1b2c");
            assertThat(p.projectName()).isNull();
            // a project by id needs no project domain
            assertThat(p.projectDomainName()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3applicationcredential", "V3ApplicationCredential"})
    void applicationCredentialById(String type) {
        CloudAuth auth = auth("""
                auth_type: %s
                auth:
                  auth_url: http://h:5000/v3
                  application_credential_id: 9f8e7d
                  application_credential_secret: s3cr3t
                """.formatted(type));

        assertThat(auth).isInstanceOfSatisfying(CloudAuth.ApplicationCredential.class, a -> {
            assertThat(a.id()).isEqualTo("9f8e7d");
            assertThat(a.name()).isNull();
            assertThat(a.username()).isNull();
            assertThat(a.userDomainName()).isNull();
            assertThat(new String(a.secret().reveal())).isEqualTo("s3cr3t");
        });
    }

    @Test
    void applicationCredentialByNameNeedsTheUserAndDefaultsItsDomain() {
        CloudAuth auth = auth("""
                auth_type: v3applicationcredential
                auth:
                  auth_url: http://h:5000/v3
                  application_credential_name: installer
                  application_credential_secret: s3cr3t
                  username: alice
                """);

        assertThat(auth).isInstanceOfSatisfying(CloudAuth.ApplicationCredential.class, a -> {
            assertThat(a.name()).isEqualTo("installer");
            assertThat(a.username()).isEqualTo("alice");
            assertThat(a.userDomainName()).isEqualTo("Default");
        });
    }

    @Test
    void applicationCredentialByNameWithoutUserIsAnError() {
        CloudsConfig config = load("""
                auth_type: v3applicationcredential
                auth: {auth_url: 'http://h:5000/v3', application_credential_name: x, application_credential_secret: s}
                """);

        assertThat(config.findingsFor("c")).extracting(Finding::path).containsExactly("clouds.c.auth.username");
    }

    @Test
    void applicationCredentialIsInferredFromItsSecret() {
        CloudAuth auth = auth("""
                auth: {auth_url: 'http://h:5000/v3', application_credential_id: id1, application_credential_secret: s}
                """);

        assertThat(auth).isInstanceOf(CloudAuth.ApplicationCredential.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"token", "v3token"})
    void tokenAndItsAlias(String type) {
        CloudAuth auth = auth("""
                auth_type: %s
                auth:
                  auth_url: http://h:5000/v3
                  token: gAAAAAB-tok
                  project_name: demo
                """.formatted(type));

        assertThat(auth).isInstanceOfSatisfying(CloudAuth.Token.class, t -> {
            assertThat(new String(t.token().reveal())).isEqualTo("gAAAAAB-tok");
            assertThat(t.projectName()).isEqualTo("demo");
            assertThat(t.projectDomainName()).isEqualTo("Default");
        });
    }

    @Test
    void unknownAuthTypeNamesTheCloudAndTheSupportedTypes() {
        CloudsConfig config = load("""
                auth_type: v3oidcpassword
                auth: {auth_url: 'http://h:5000/v3', username: u, password: p, project_name: x}
                """);

        assertThat(config.names()).isEmpty();
        Finding f = config.findingsFor("c").get(0);
        assertThat(f.path()).isEqualTo("clouds.c.auth_type");
        assertThat(f.message()).contains("cloud 'c'").contains("v3oidcpassword")
                .contains("password").contains("v3applicationcredential").contains("token");
        assertThatThrownBy(() -> config.require("c"))
                .isInstanceOfSatisfying(OpenStackException.class,
                        e -> assertThat(e.kind()).isEqualTo(OpenStackException.Kind.CONFIG))
                .hasMessageContaining("v3oidcpassword").hasMessageContaining("v3applicationcredential");
    }

    @Test
    void domainsDefaultToDefault() {
        CloudAuth.Password p = (CloudAuth.Password) auth("""
                auth: {auth_url: 'http://h:5000/v3', username: u, password: p, project_name: demo}
                """);

        assertThat(p.userDomainName()).isEqualTo("Default");
        assertThat(p.projectDomainName()).isEqualTo("Default");
    }

    @Test
    void domainNameStandsForBothDomainsWhenProjectScoped() {
        CloudAuth.Password p = (CloudAuth.Password) auth("""
                auth: {auth_url: 'http://h:5000/v3', username: u, password: p, project_name: demo, domain_name: Corp}
                """);

        assertThat(p.userDomainName()).isEqualTo("Corp");
        assertThat(p.projectDomainName()).isEqualTo("Corp");
    }

    @Test
    void specificDomainKeysWinOverDomainName() {
        CloudAuth.Password p = (CloudAuth.Password) auth("""
                auth:
                  auth_url: http://h:5000/v3
                  username: u
                  password: p
                  project_name: demo
                  domain_name: Corp
                  user_domain_name: People
                """);

        assertThat(p.userDomainName()).isEqualTo("People");
        assertThat(p.projectDomainName()).isEqualTo("Corp");
    }

    @Test
    void theDefaultDomainIdIsUnderstoodOtherIdsAreReported() {
        CloudAuth.Password p = (CloudAuth.Password) auth("""
                auth: {auth_url: 'http://h:5000/v3', username: u, password: p, project_name: d, user_domain_id: default}
                """);
        assertThat(p.userDomainName()).isEqualTo("Default");

        CloudsConfig other = load("""
                auth: {auth_url: 'http://h:5000/v3', username: u, password: p, project_name: d, project_domain_id: 4e5f}
                """);
        assertThat(other.findingsFor("c")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("clouds.c.auth.project_domain_id");
            assertThat(f.hint()).contains("project_domain_name");
        });
    }

    @Test
    void oldTenantNamesAndTopLevelAuthKeysAreAccepted() {
        CloudAuth.Password p = (CloudAuth.Password) auth("""
                username: u
                password: p
                auth:
                  auth_url: http://h:5000/v3
                  tenant_name: legacy
                """);

        assertThat(p.username()).isEqualTo("u");
        assertThat(p.projectName()).isEqualTo("legacy");
    }

    @Test
    void missingPiecesAreEachNamed() {
        CloudsConfig config = load("""
                auth: {username: u}
                """);

        assertThat(config.findingsFor("c")).extracting(Finding::path).containsExactlyInAnyOrder(
                "clouds.c.auth.auth_url", "clouds.c.auth.password", "clouds.c.auth.project_name");
    }

    @Test
    void userIdWithoutUsernameIsReportedAsUnsupported() {
        CloudsConfig config = load("""
                auth: {auth_url: 'http://h:5000/v3', user_id: 77aa, password: p, project_name: d}
                """);

        assertThat(config.findingsFor("c")).extracting(Finding::path).containsExactly("clouds.c.auth.user_id");
    }

    @Test
    void authThatIsNotAMappingNamesCloudAndKey() {
        CloudsConfig config = load("auth: 5\n");

        assertThat(config.findingsFor("c")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("clouds.c.auth");
            assertThat(f.message()).contains("cloud 'c'").contains("auth must be a mapping").contains("a number");
        });
    }

    @Test
    void wrongValueTypesNameCloudAndKeyButNotTheValue() {
        CloudsConfig config = load("""
                auth:
                  auth_url: http://h:5000/v3
                  username: [alice, bob]
                  password: yes
                  project_name: 42
                """);

        assertThat(config.findingsFor("c")).extracting(Finding::path)
                .containsExactlyInAnyOrder("clouds.c.auth.username", "clouds.c.auth.password");
        assertThat(config.findingsFor("c")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("auth.username must be text, but is a list"))
                .anySatisfy(m -> assertThat(m).contains("auth.password must be text, but is true/false"));
    }

    @Test
    void numericIdsAreTakenAsText() {
        CloudAuth.Password p = (CloudAuth.Password) auth("""
                auth: {auth_url: 'http://h:5000/v3', username: u, password: 123456, project_id: 4711}
                """);

        assertThat(p.projectId()).isEqualTo("4711");
        assertThat(new String(p.password().reveal())).isEqualTo("123456");
    }

    @Test
    void anEntryThatIsNotAMappingIsReported() {
        write(dirs.cwd.resolve("clouds.yaml"), "clouds:\n  c: just-a-string\n  d:\n");

        CloudsConfig config = dirs.load();

        assertThat(config.findingsFor("c")).extracting(Finding::message)
                .singleElement().asString().contains("must be a mapping");
        assertThat(config.findingsFor("d")).extracting(Finding::message)
                .singleElement().asString().contains("empty");
    }

    @Test
    void hyphenatedKeysAndAuthTokenAreTheOldSpellings() {
        CloudAuth.Token t = (CloudAuth.Token) auth("""
                auth-type: v3token
                auth:
                  auth-url: http://h:5000/v3
                  auth_token: gAAAA-old
                  project-name: demo
                  project-domain-name: Corp
                """);

        assertThat(new String(t.token().reveal())).isEqualTo("gAAAA-old");
        assertThat(t.projectDomainName()).isEqualTo("Corp");
    }
}
