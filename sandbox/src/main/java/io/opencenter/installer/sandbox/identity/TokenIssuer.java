package io.opencenter.installer.sandbox.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.IdentityModel;
import io.opencenter.installer.sandbox.state.IdentityModel.AppCredential;
import io.opencenter.installer.sandbox.state.IdentityModel.Project;
import io.opencenter.installer.sandbox.state.IdentityModel.Token;
import io.opencenter.installer.sandbox.state.IdentityModel.User;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Keystone's {@code POST /v3/auth/tokens} for the password, application_credential and token methods, and the
 * token body. Every failure to identify the caller is the same 401 Keystone sends, so nothing tells an attacker
 * whether the user or the password was wrong.
 */
final class TokenIssuer {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SandboxContext ctx;

    TokenIssuer(SandboxContext ctx) {
        this.ctx = ctx;
    }

    Token issue(JsonNode body) {
        JsonNode identity = body.path("auth").path("identity");
        JsonNode methods = identity.path("methods");
        if (!identity.isObject() || !methods.isArray() || methods.isEmpty()) {
            throw ApiError.keystone(400, "Bad Request",
                    "Invalid input for field 'identity': 'methods' is a required property");
        }
        String method = methods.get(0).asText();
        JsonNode scope = body.path("auth").path("scope");
        CloudState s = ctx.state();
        return switch (method) {
            case "password" -> {
                User user = user(identity.path("password").path("user"));
                if (user == null || !user.password().equals(identity.path("password").path("user")
                        .path("password").asText(null))) {
                    throw ApiError.unauthorized();
                }
                yield token(user, project(scope, user), null, List.of("password"));
            }
            case "application_credential" -> {
                JsonNode ac = identity.path("application_credential");
                AppCredential cred = appCredential(ac);
                if (cred == null || !cred.secret().equals(ac.path("secret").asText(null))) {
                    throw ApiError.unauthorized();
                }
                if (!scope.isMissingNode()) {
                    ObjectNode error = Json.obj().put("code", 401);
                    error.putObject("identity");
                    error.put("message", "Error authenticating with application credential: Application "
                            + "credentials cannot request a scope.").put("title", "Unauthorized");
                    ObjectNode wrapped = Json.obj();
                    wrapped.set("error", error);
                    throw new ApiError(401, wrapped);
                }
                yield token(s.users.get(cred.userId()), s.projects.get(cred.projectId()), cred.id(),
                        List.of("application_credential"));
            }
            case "token" -> {
                Token old = s.tokens.get(identity.path("token").path("id").asText(""));
                if (old == null || !old.validAt(ctx.now())) {
                    throw ApiError.unauthorized();
                }
                User user = s.users.get(old.userId());
                Project project = scope.isMissingNode() ? s.projects.get(old.projectId()) : project(scope, user);
                yield token(user, project, old.appCredentialId(), List.of("token", "password"));
            }
            default -> throw ApiError.keystone(401, "Unauthorized",
                    "Attempted to authenticate with an unsupported method.");
        };
    }

    /** The validated caller behind {@code X-Auth-Token}, or null (→ 401). */
    Caller caller(String tokenId) {
        Token t = tokenId == null ? null : ctx.state().tokens.get(tokenId);
        if (t == null || !t.validAt(ctx.now()) || t.projectId() == null) {
            return null;
        }
        return new Caller(t.id(), t.userId(), t.projectId());
    }

    ObjectNode body(Token t) {
        CloudState s = ctx.state();
        User user = s.users.get(t.userId());
        ObjectNode token = Json.obj();
        token.set("methods", Json.strings(t.methods()));
        ObjectNode u = token.putObject("user");
        u.set("domain", domain());
        u.put("id", user.id()).put("name", user.name()).putNull("password_expires_at");
        token.set("audit_ids", Json.strings(List.of(t.auditId())));
        token.put("expires_at", Json.isoMicrosZ(t.expiresAt()));
        token.put("issued_at", Json.isoMicrosZ(t.issuedAt()));
        if (t.appCredentialId() != null) {
            AppCredential c = s.appCredentials.get(t.appCredentialId());
            token.putObject("application_credential").put("id", c.id()).put("name", c.name())
                    .put("restricted", !c.unrestricted());
        }
        if (t.projectId() != null) {
            Project p = s.projects.get(t.projectId());
            ObjectNode project = token.putObject("project");
            project.set("domain", domain());
            project.put("id", p.id()).put("name", p.name());
            token.put("is_domain", false);
            token.set("roles", Roles.json());
            token.set("catalog", new ServiceCatalog(ctx.rootUrl(), ctx.options().extraRegion()).forProject(p.id()));
        }
        ObjectNode wrapper = Json.obj();
        wrapper.set("token", token);
        return wrapper;
    }

    static ObjectNode domain() {
        return Json.obj().put("id", IdentityModel.DOMAIN_ID).put("name", IdentityModel.DOMAIN_NAME);
    }

    private Token token(User user, Project project, String appCredentialId, List<String> methods) {
        long now = ctx.now();
        byte[] raw = new byte[135];
        RANDOM.nextBytes(raw);
        String id = "gAAAAA" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String audit = Base64.getUrlEncoder().withoutPadding().encodeToString(id.substring(6, 22).getBytes());
        Token t = new Token(id, user.id(), project == null ? null : project.id(), appCredentialId, methods, now,
                now + ctx.behaviour().tokenLifetime().toMillis(), audit.substring(0, 22));
        ctx.state().tokens.values().removeIf(old -> !old.validAt(now));
        ctx.state().tokens.put(id, t);
        return t;
    }

    private User user(JsonNode u) {
        CloudState s = ctx.state();
        if (u.hasNonNull("id")) {
            return s.users.get(u.get("id").asText());
        }
        if (!inDefaultDomain(u.path("domain"))) {
            return null;
        }
        return s.userByName(u.path("name").asText(""));
    }

    private AppCredential appCredential(JsonNode ac) {
        CloudState s = ctx.state();
        if (ac.hasNonNull("id")) {
            return s.appCredentials.get(ac.get("id").asText());
        }
        User owner = user(ac.path("user"));
        if (owner == null) {
            return null;
        }
        return s.appCredentials.values().stream()
                .filter(c -> c.userId().equals(owner.id()) && c.name().equals(ac.path("name").asText("")))
                .findFirst().orElse(null);
    }

    /** The scoped project; without a scope the token is unscoped (the users have no default project). */
    private Project project(JsonNode scope, User user) {
        CloudState s = ctx.state();
        if (scope.isMissingNode() || scope.isNull()) {
            return null;
        }
        JsonNode p = scope.path("project");
        Project project = null;
        if (p.hasNonNull("id")) {
            project = s.projects.get(p.get("id").asText());
        } else if (inDefaultDomain(p.path("domain"))) {
            project = s.projectByName(p.path("name").asText(""));
        }
        // Keystone hides whether the project exists: no role on it and no such project look the same.
        if (project == null || !Objects.equals(project.id(), user.memberOf())) {
            throw ApiError.unauthorized();
        }
        return project;
    }

    private static boolean inDefaultDomain(JsonNode domain) {
        return IdentityModel.DOMAIN_ID.equals(domain.path("id").asText(null))
                || IdentityModel.DOMAIN_NAME.equals(domain.path("name").asText(null));
    }
}
