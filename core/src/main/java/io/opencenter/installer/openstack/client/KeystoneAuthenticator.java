package io.opencenter.installer.openstack.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.openstack.Secret;
import org.openstack4j.core.transport.ObjectMapperSingleton;
import org.openstack4j.openstack.identity.v3.domain.KeystoneToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keystone v3 {@code POST /v3/auth/tokens} for the three auth types, done here rather than by openstack4j because
 * 3.12 cannot log in with an application credential. The answer is parsed twice: into our {@link AuthInfo} and
 * into openstack4j's {@link KeystoneToken}, which {@code OSFactory.clientFromToken} accepts.
 */
public final class KeystoneAuthenticator {

    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudAuth auth;
    private final HttpTransport transport;
    private final Clock clock;

    public KeystoneAuthenticator(CloudAuth auth, HttpTransport transport, Clock clock) {
        this.auth = auth;
        this.transport = transport;
        this.clock = clock;
    }

    /** The identity v3 base URL: {@code auth_url} with {@code /v3} appended when it is missing. */
    public static String identityBase(String authUrl) {
        String base = authUrl.endsWith("/") ? authUrl.substring(0, authUrl.length() - 1) : authUrl;
        return base.endsWith("/v3") ? base : base + "/v3";
    }

    public KeystoneLogin login() {
        if (auth.authUrl() == null || auth.authUrl().isBlank()) {
            throw new OpenStackException(Kind.CONFIG, "auth_url is not set");
        }
        String base = identityBase(auth.authUrl());
        URI uri = URI.create(base + "/auth/tokens");
        CallSite site = new CallSite("identity", "login", "POST", uri);
        byte[] body = requestBody();
        HttpTransport.Answer answer;
        try {
            answer = transport.send(site, HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        } finally {
            Arrays.fill(body, (byte) 0);
        }
        if (answer.status() != 201 && answer.status() != 200) {
            String server = ServerMessages.extract(answer.body());
            if (answer.status() == 401) {
                throw new OpenStackException(Kind.UNAUTHORIZED, 401, "Keystone at " + uri + " rejected "
                        + describe(auth) + (server.isBlank() ? "" : ": " + server), null);
            }
            throw ErrorMapper.fromStatus(site, answer.status(), server,
                    ErrorMapper.parseRetryAfter(answer.retryAfter(), clock));
        }
        if (answer.subjectToken() == null) {
            throw new OpenStackException(Kind.SERVER_ERROR, answer.status(), site
                    + " answered without an X-Subject-Token header", null);
        }
        return parse(base, answer.subjectToken(), answer.body(), site);
    }

    static KeystoneLogin parse(String identityBase, String tokenId, String body, CallSite site) {
        try {
            JsonNode token = JSON.readTree(body).path("token");
            KeystoneToken os4j = ObjectMapperSingleton.getContext(KeystoneToken.class)
                    .readerFor(KeystoneToken.class).readValue(body);
            os4j.setId(tokenId);
            os4j.setEndpoint(identityBase);
            JsonNode user = token.path("user");
            JsonNode project = token.path("project");
            AuthInfo info = new AuthInfo(text(user, "name"), text(user, "id"), text(project, "name"),
                    text(project, "id"), text(user.path("domain"), "name"),
                    Instant.parse(token.path("expires_at").asText()), catalog(token.path("catalog")));
            return new KeystoneLogin(info, os4j, restrictedCredential(token.path("application_credential")));
        } catch (IOException | RuntimeException e) {
            throw new OpenStackException(Kind.SERVER_ERROR, 0, site + " answered a token body that cannot be read: "
                    + e.getClass().getSimpleName(), null);
        }
    }

    /** Keystone marks a token made from an application credential with it; {@code restricted} is its default. */
    private static String restrictedCredential(JsonNode credential) {
        if (!credential.isObject() || !credential.path("restricted").asBoolean(true)) {
            return null;
        }
        String id = text(credential, "id");
        return id != null ? id : text(credential, "name");
    }

    private static List<Endpoint> catalog(JsonNode catalog) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JsonNode service : catalog) {
            for (JsonNode ep : service.path("endpoints")) {
                String region = ep.hasNonNull("region_id") ? ep.get("region_id").asText() : text(ep, "region");
                endpoints.add(new Endpoint(text(service, "type"), text(service, "name"), region,
                        text(ep, "interface"), text(ep, "url")));
            }
        }
        return List.copyOf(endpoints);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Who we tried to log in as, for a 401 message: names and ids only, never a secret. */
    public static String describe(CloudAuth auth) {
        if (auth instanceof CloudAuth.Password p) {
            return "user '" + p.username() + "' (user domain '" + orDefault(p.userDomainName())
                    + "') for project " + project(p.projectName(), p.projectId(), p.projectDomainName());
        }
        if (auth instanceof CloudAuth.ApplicationCredential a) {
            return a.id() != null && !a.id().isBlank()
                    ? "application credential id '" + a.id() + "'"
                    : "application credential '" + a.name() + "' of user '" + a.username() + "' (user domain '"
                            + orDefault(a.userDomainName()) + "')";
        }
        CloudAuth.Token t = (CloudAuth.Token) auth;
        return "the given token for project " + project(t.projectName(), t.projectId(), t.projectDomainName());
    }

    private static String project(String name, String id, String domain) {
        if (id != null && !id.isBlank()) {
            return "id '" + id + "'";
        }
        return "'" + name + "' (project domain '" + orDefault(domain) + "')";
    }

    private static String orDefault(String domain) {
        return domain == null || domain.isBlank() ? "Default" : domain;
    }

    /**
     * Written with a streaming generator from char[] so the secret never becomes a String; the buffer is wiped
     * once the bytes are copied out (the caller wipes the copy after sending).
     */
    private byte[] requestBody() {
        WipeableBuffer out = new WipeableBuffer();
        try (JsonGenerator g = JSON_FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("auth");
            g.writeObjectFieldStart("identity");
            if (auth instanceof CloudAuth.Password p) {
                writePassword(g, p);
                g.writeEndObject();
                writeProjectScope(g, p.projectName(), p.projectId(), p.projectDomainName());
            } else if (auth instanceof CloudAuth.ApplicationCredential a) {
                writeApplicationCredential(g, a);
                g.writeEndObject(); // an application credential carries its own scope
            } else {
                CloudAuth.Token t = (CloudAuth.Token) auth;
                writeMethod(g, "token");
                g.writeObjectFieldStart("token");
                writeSecret(g, "id", t.token());
                g.writeEndObject();
                g.writeEndObject();
                writeProjectScope(g, t.projectName(), t.projectId(), t.projectDomainName());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the login request", e);
        } finally {
            out.wipe();
        }
    }

    private static void writePassword(JsonGenerator g, CloudAuth.Password p) throws IOException {
        writeMethod(g, "password");
        g.writeObjectFieldStart("password");
        g.writeObjectFieldStart("user");
        g.writeStringField("name", p.username());
        writeDomain(g, p.userDomainName());
        writeSecret(g, "password", p.password());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeApplicationCredential(JsonGenerator g, CloudAuth.ApplicationCredential a)
            throws IOException {
        writeMethod(g, "application_credential");
        g.writeObjectFieldStart("application_credential");
        if (a.id() != null && !a.id().isBlank()) {
            g.writeStringField("id", a.id());
        } else {
            g.writeStringField("name", a.name());
            g.writeObjectFieldStart("user");
            g.writeStringField("name", a.username());
            writeDomain(g, a.userDomainName());
            g.writeEndObject();
        }
        writeSecret(g, "secret", a.secret());
        g.writeEndObject();
    }

    private static void writeMethod(JsonGenerator g, String method) throws IOException {
        g.writeArrayFieldStart("methods");
        g.writeString(method);
        g.writeEndArray();
    }

    /** A ByteArrayOutputStream whose internal array can be zeroed. */
    private static final class WipeableBuffer extends ByteArrayOutputStream {
        void wipe() {
            Arrays.fill(buf, (byte) 0);
        }
    }

    private static void writeSecret(JsonGenerator g, String field, Secret secret) throws IOException {
        if (secret == null) {
            throw new OpenStackException(Kind.CONFIG, "the " + field + " for the login is missing");
        }
        char[] chars = secret.reveal();
        try {
            g.writeFieldName(field);
            g.writeString(chars, 0, chars.length);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static void writeDomain(JsonGenerator g, String domainName) throws IOException {
        g.writeObjectFieldStart("domain");
        g.writeStringField("name", orDefault(domainName));
        g.writeEndObject();
    }

    /** Called after "identity" was closed: adds "scope" to the "auth" object. */
    private static void writeProjectScope(JsonGenerator g, String name, String id, String domain) throws IOException {
        if ((id == null || id.isBlank()) && (name == null || name.isBlank())) {
            return;
        }
        g.writeObjectFieldStart("scope");
        g.writeObjectFieldStart("project");
        if (id != null && !id.isBlank()) {
            g.writeStringField("id", id);
        } else {
            g.writeStringField("name", name);
            writeDomain(g, domain);
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
