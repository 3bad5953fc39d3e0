package io.opencenter.installer.openstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.openstack.ApplicationCredentials;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.workspace.SecretValues;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ApplicationCredentials} as Keystone v3 JSON requests (openstack4j 3.12 has no model for them), sent to the
 * Keystone the gateway logged in at. Reads and deletes follow the gateway's retry policy; the create goes out once.
 */
final class KeystoneApplicationCredentials implements ApplicationCredentials {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallRunner calls;
    private final CallRunner once;

    KeystoneApplicationCredentials(CallRunner calls) {
        this.calls = calls;
        this.once = calls.sendingOnce();
    }

    @Override
    public Optional<ApplicationCredential> byId(String id) {
        try {
            JsonNode answer = calls.sendToIdentity("show application credential", "GET", base() + "/" + encode(id),
                    null);
            return Optional.of(toCredential(answer.path("application_credential")));
        } catch (OpenStackException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<ApplicationCredential> named(String name) {
        JsonNode answer = calls.sendToIdentity("list application credentials named " + name, "GET",
                base() + "?name=" + encode(name), null);
        List<ApplicationCredential> found = new ArrayList<>();
        for (JsonNode c : answer.path("application_credentials")) {
            // Keystone filters by name already; the check keeps a cloud that ignores the filter from misleading us
            if (name.equals(c.path("name").asText())) {
                found.add(toCredential(c));
            }
        }
        return List.copyOf(found);
    }

    @Override
    public IssuedApplicationCredential create(String name, String description) {
        ObjectNode body = JSON.createObjectNode();
        // no roles: Keystone gives the credential the roles the login holds on its project
        body.putObject("application_credential").put("name", name).put("description", description)
                .put("unrestricted", false);
        JsonNode answer = once.sendToIdentity("create application credential " + name, "POST", base(), body);
        JsonNode created = answer.path("application_credential");
        String secret = created.path("secret").asText(null);
        if (secret == null || secret.isEmpty()) {
            throw new OpenStackException(Kind.SERVER_ERROR, 0, "Keystone created application credential " + name
                    + " (id " + created.path("id").asText("?") + ") but answered no secret", null);
        }
        SecretValues.remember(secret);
        return new IssuedApplicationCredential(toCredential(created), Secret.of(secret));
    }

    @Override
    public boolean delete(String id) {
        try {
            calls.sendToIdentity("delete application credential", "DELETE", base() + "/" + encode(id), null);
            return true;
        } catch (OpenStackException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Permission permission() {
        String restricted = calls.login().restrictedCredential();
        return restricted == null ? Permission.ALLOWED : new Permission(false, restricted);
    }

    private String base() {
        return "/users/" + encode(calls.login().info().userId()) + "/application_credentials";
    }

    private static ApplicationCredential toCredential(JsonNode c) {
        List<String> roles = new ArrayList<>();
        c.path("roles").forEach(r -> roles.add(r.path("name").asText()));
        return new ApplicationCredential(c.path("id").asText(), c.path("name").asText(),
                c.path("description").asText(null), c.path("project_id").asText(null),
                c.path("unrestricted").asBoolean(false), roles);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
