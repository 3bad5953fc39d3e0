package io.opencenter.installer.sandbox.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.state.IdentityModel.AppCredential;
import io.opencenter.installer.sandbox.state.IdentityModel.Token;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keystone's {@code /v3/users/{user_id}/application_credentials[/{id}]}, answered the way Keystone 22 (Zed)
 * answers them (checked against the real harness): 201 with the secret only on create, 409 for a name the user
 * already has, 404 for an id of someone else or of nobody, 403 for another user's collection, and 403 for a
 * create or delete made with a restricted application credential. Roles are always the caller's (member, reader):
 * the sandbox does not take a role subset.
 */
final class ApplicationCredentialHandler {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxContext ctx;

    ApplicationCredentialHandler(SandboxContext ctx) {
        this.ctx = ctx;
    }

    /** Whether the request is for this handler: {@code v3/users/{id}/application_credentials...}. */
    static boolean handles(Request r) {
        return r.segments().size() >= 4 && r.segments().size() <= 5 && "v3".equals(r.segment(0))
                && "users".equals(r.segment(1)) && "application_credentials".equals(r.segment(3));
    }

    Response handle(Request r, Caller caller) {
        String userId = r.segment(2);
        String id = r.segment(4);
        String method = r.method();
        if (!userId.equals(caller.userId())) {
            throw forbidden(policy(method, id));
        }
        if (id == null && "POST".equals(method)) {
            return create(r, caller);
        }
        if (id == null && "GET".equals(method)) {
            String name = r.param("name");
            ArrayNode items = Json.arr();
            ctx.state().appCredentials.values().stream()
                    .filter(c -> c.userId().equals(userId) && (name == null || name.equals(c.name())))
                    .forEach(c -> items.add(json(c, r)));
            ObjectNode body = Json.obj();
            body.set("application_credentials", items);
            body.putObject("links").putNull("next").put("self", r.baseUrl() + "/" + String.join("/", r.segments())
                    + (name == null ? "" : "?name=" + name)).putNull("previous");
            return Response.ok(body);
        }
        if (id != null && "GET".equals(method)) {
            ObjectNode body = Json.obj();
            body.set("application_credential", json(own(id, userId), r));
            return Response.ok(body);
        }
        if (id != null && "DELETE".equals(method)) {
            restrictedLogin(caller);
            own(id, userId);
            ctx.state().appCredentials.remove(id);
            // Keystone revokes the tokens made from a deleted credential
            ctx.state().tokens.values().removeIf(t -> id.equals(t.appCredentialId()));
            return Response.empty(204);
        }
        throw ApiError.keystone(405, "Method Not Allowed", "The method is not allowed for the requested URL.");
    }

    private Response create(Request r, Caller caller) {
        JsonNode in = r.json(m -> ApiError.keystone(400, "Bad Request", m)).path("application_credential");
        if (!in.isObject()) {
            throw ApiError.keystone(400, "Bad Request", "'application_credential' is a required property");
        }
        String name = in.path("name").asText("");
        if (name.isBlank()) {
            throw ApiError.keystone(400, "Bad Request", "'name' is a required property");
        }
        restrictedLogin(caller);
        boolean taken = ctx.state().appCredentials.values().stream()
                .anyMatch(c -> c.userId().equals(caller.userId()) && c.name().equals(name));
        if (taken) {
            throw ApiError.keystone(409, "Conflict", "Conflict occurred attempting to store application_credential"
                    + " - Duplicate entry found with name " + name + ".");
        }
        String secret = in.hasNonNull("secret") ? in.get("secret").asText() : newSecret();
        AppCredential c = new AppCredential(SandboxContext.hexId(), name, caller.userId(), caller.projectId(), secret,
                in.hasNonNull("description") ? in.get("description").asText() : null,
                in.path("unrestricted").asBoolean(false));
        ctx.state().appCredentials.put(c.id(), c);
        ObjectNode created = json(c, r).put("secret", secret);
        ObjectNode body = Json.obj();
        body.set("application_credential", created);
        return Response.of(201, body);
    }

    /** Keystone: a token made from a restricted application credential may not manage application credentials. */
    private void restrictedLogin(Caller caller) {
        Token t = ctx.state().tokens.get(caller.tokenId());
        AppCredential used = t == null || t.appCredentialId() == null ? null
                : ctx.state().appCredentials.get(t.appCredentialId());
        if (used != null && !used.unrestricted()) {
            throw forbidden("Using method 'application_credential' is not allowed for managing additional "
                    + "application credentials.");
        }
    }

    private AppCredential own(String id, String userId) {
        AppCredential c = ctx.state().appCredentials.get(id);
        if (c == null || !c.userId().equals(userId)) {
            throw ApiError.keystone(404, "Not Found", "Could not find Application Credential: " + id + ".");
        }
        return c;
    }

    private ObjectNode json(AppCredential c, Request r) {
        ObjectNode o = Json.obj().put("id", c.id()).put("name", c.name()).put("description", c.description())
                .put("user_id", c.userId()).put("project_id", c.projectId()).putNull("system").putNull("expires_at")
                .put("unrestricted", c.unrestricted());
        o.set("roles", Roles.json());
        String root = r.baseUrl().endsWith("/v3") ? r.baseUrl() : r.baseUrl() + "/v3";
        o.putObject("links").put("self", root + "/application_credentials/" + c.id());
        return o;
    }

    private static String policy(String method, String id) {
        return switch (method) {
            case "POST" -> "identity:create_application_credential";
            case "DELETE" -> "identity:delete_application_credential";
            default -> id == null ? "identity:list_application_credentials" : "identity:get_application_credential";
        };
    }

    private static ApiError forbidden(String what) {
        return ApiError.keystone(403, "Forbidden", "You are not authorized to perform the requested action: " + what
                + ".");
    }

    /** 64 random bytes, URL-safe base64 without padding: the shape of Keystone's generated secrets. */
    private static String newSecret() {
        byte[] raw = new byte[64];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
