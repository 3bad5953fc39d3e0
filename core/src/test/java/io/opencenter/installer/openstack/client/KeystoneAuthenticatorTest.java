package io.opencenter.installer.openstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.openstack.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KeystoneAuthenticatorTest {

    private final FakeOpenStack cloud = FakeOpenStack.http();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        cloud.close();
    }

    private KeystoneLogin login(CloudAuth auth) {
        return new KeystoneAuthenticator(auth, new HttpTransport(null), Clock.systemUTC()).login();
    }

    private JsonNode sentBody() throws Exception {
        return json.readTree(cloud.received.get(cloud.received.size() - 1).body()).path("auth");
    }

    @Test
    void passwordLoginSendsUserAndProjectScopeAndParsesTheToken() throws Exception {
        KeystoneLogin l = login(new CloudAuth.Password(cloud.baseUrl(), "demo", "Default", Secret.of("pw-1"),
                "demo", null, "Default"));

        JsonNode auth = sentBody();
        assertThat(auth.path("identity").path("methods").get(0).asText()).isEqualTo("password");
        assertThat(auth.path("identity").path("password").path("user").path("name").asText()).isEqualTo("demo");
        assertThat(auth.path("identity").path("password").path("user").path("password").asText()).isEqualTo("pw-1");
        assertThat(auth.path("scope").path("project").path("name").asText()).isEqualTo("demo");
        assertThat(auth.path("scope").path("project").path("domain").path("name").asText()).isEqualTo("Default");

        assertThat(l.tokenId()).isEqualTo("tok-1");
        assertThat(l.info().projectId()).isEqualTo("p-1");
        assertThat(l.info().userName()).isEqualTo("demo");
        assertThat(l.info().domainName()).isEqualTo("Default");
        assertThat(l.expiresAt()).isEqualTo(cloud.tokenExpiry);
        assertThat(l.info().catalog()).extracting(Endpoint::serviceType).contains("identity", "compute");
        assertThat(l.token().getCatalog()).isNotEmpty();
        assertThat(l.toString()).doesNotContain("tok-1");
    }

    @Test
    void applicationCredentialById() throws Exception {
        login(new CloudAuth.ApplicationCredential(cloud.authUrl(), "ac-id", null, null, null, Secret.of("s3")));

        JsonNode auth = sentBody();
        assertThat(auth.path("identity").path("methods").get(0).asText()).isEqualTo("application_credential");
        JsonNode ac = auth.path("identity").path("application_credential");
        assertThat(ac.path("id").asText()).isEqualTo("ac-id");
        assertThat(ac.path("secret").asText()).isEqualTo("s3");
        assertThat(auth.has("scope")).as("an application credential is already scoped").isFalse();
    }

    @Test
    void applicationCredentialByNameAndUser() throws Exception {
        login(new CloudAuth.ApplicationCredential(cloud.authUrl(), null, "installer", "demo", "Default",
                Secret.of("s3")));

        JsonNode ac = sentBody().path("identity").path("application_credential");
        assertThat(ac.path("name").asText()).isEqualTo("installer");
        assertThat(ac.path("user").path("name").asText()).isEqualTo("demo");
        assertThat(ac.path("user").path("domain").path("name").asText()).isEqualTo("Default");
        assertThat(ac.has("id")).isFalse();
    }

    @Test
    void tokenLoginRescopesTheGivenToken() throws Exception {
        login(new CloudAuth.Token(cloud.authUrl() + "/", Secret.of("old-token"), null, "p-1", null));

        JsonNode auth = sentBody();
        assertThat(auth.path("identity").path("token").path("id").asText()).isEqualTo("old-token");
        assertThat(auth.path("scope").path("project").path("id").asText()).isEqualTo("p-1");
        assertThat(cloud.received.get(0).path()).isEqualTo("/v3/auth/tokens");
    }

    @Test
    void wrongPasswordNamesUserProjectDomainAndUrlButNotThePassword() {
        cloud.route("POST /v3/auth/tokens", (r, n) -> FakeOpenStack.Reply.json(401,
                "{\"error\":{\"code\":401,\"title\":\"Unauthorized\",\"message\":\"The request you have made "
                        + "requires authentication.\"}}"));

        OpenStackException e = catchThrowableOfType(() -> login(new CloudAuth.Password(cloud.authUrl(), "demo",
                "Users", Secret.of("hunter2-secret"), "ops", null, "Projects")), OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.getMessage()).contains("'demo'", "'Users'", "'ops'", "'Projects'",
                cloud.authUrl() + "/auth/tokens", "requires authentication");
        assertThat(e.getMessage()).doesNotContain("hunter2");
        assertThat(e.toString()).doesNotContain("hunter2");
    }

    @Test
    void missingSubjectTokenIsAServerError() {
        cloud.route("POST /v3/auth/tokens", (r, n) -> FakeOpenStack.Reply.json(201, "{\"token\":{}}"));

        OpenStackException e = catchThrowableOfType(() -> login(new CloudAuth.ApplicationCredential(cloud.authUrl(),
                "x", null, null, null, Secret.of("s"))), OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("X-Subject-Token");
    }

    @Test
    void identityBaseAddsV3Once() {
        assertThat(KeystoneAuthenticator.identityBase("https://k:5000")).isEqualTo("https://k:5000/v3");
        assertThat(KeystoneAuthenticator.identityBase("https://k:5000/v3/")).isEqualTo("https://k:5000/v3");
        assertThat(KeystoneAuthenticator.identityBase("https://k/identity/v3")).isEqualTo("https://k/identity/v3");
    }
}
