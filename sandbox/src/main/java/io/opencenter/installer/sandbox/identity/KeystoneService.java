package io.opencenter.installer.sandbox.identity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.http.Service;
import io.opencenter.installer.sandbox.state.IdentityModel;
import io.opencenter.installer.sandbox.state.IdentityModel.Project;
import io.opencenter.installer.sandbox.state.IdentityModel.Token;
import io.opencenter.installer.sandbox.state.SandboxContext;

/**
 * Keystone v3 under {@code /identity}: version documents, tokens (issue, validate, revoke), the caller's
 * projects, the regions and the caller's application credentials. {@code GET /v3/projects} is admin-only in
 * Keystone's default policy, so a member gets the same 403 here; {@code GET /v3/auth/projects} is the call for
 * "my projects".
 */
public final class KeystoneService implements Service {
    private final SandboxContext ctx;
    private final TokenIssuer issuer;
    private final ApplicationCredentialHandler appCredentials;

    public KeystoneService(SandboxContext ctx) {
        this.ctx = ctx;
        this.issuer = new TokenIssuer(ctx);
        this.appCredentials = new ApplicationCredentialHandler(ctx);
    }

    /** For the router: the caller behind a token, or null. */
    public Caller caller(String tokenId) {
        return issuer.caller(tokenId);
    }

    @Override
    public String prefix() {
        return "identity";
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public boolean needsToken(Request r) {
        return !(r.is("GET", "") || r.is("GET", "v3") || r.is("POST", "v3/auth/tokens"));
    }

    @Override
    public Response handle(Request r, Caller caller) {
        if (r.is("GET", "")) {
            ObjectNode versions = Json.obj();
            versions.putObject("versions").putArray("values").add(version());
            return Response.of(300, versions);
        }
        if (r.is("GET", "v3")) {
            ObjectNode body = Json.obj();
            body.set("version", version());
            return Response.ok(body);
        }
        if (r.is("POST", "v3/auth/tokens")) {
            Token t = issuer.issue(r.json(m -> ApiError.keystone(400, "Bad Request", m)));
            return Response.of(201, issuer.body(t)).header("X-Subject-Token", t.id());
        }
        if (r.is("GET", "v3/auth/tokens") || r.is("HEAD", "v3/auth/tokens")) {
            String subject = r.header("X-Subject-Token");
            Token t = subject == null ? null : ctx.state().tokens.get(subject);
            if (t == null || !t.validAt(ctx.now())) {
                throw ApiError.keystone(404, "Not Found", "Could not recognize Fernet token");
            }
            return Response.ok(issuer.body(t)).header("X-Subject-Token", t.id());
        }
        if (r.is("DELETE", "v3/auth/tokens")) {
            ctx.state().tokens.remove(String.valueOf(r.header("X-Subject-Token")));
            return Response.empty(204);
        }
        if (r.is("GET", "v3/auth/projects") || r.is("GET", "v3/users/" + caller.userId() + "/projects")) {
            return Response.ok(list("projects", projectsJson(caller)));
        }
        if (ApplicationCredentialHandler.handles(r)) {
            return appCredentials.handle(r, caller);
        }
        if (r.is("GET", "v3/projects")) {
            throw ApiError.keystone(403, "Forbidden",
                    "You are not authorized to perform the requested action: identity:list_projects.");
        }
        if (r.is("GET", "v3/projects/*")) {
            Project p = ctx.state().projects.get(r.segment(2));
            if (p == null || !p.id().equals(caller.projectId())) {
                throw ApiError.keystone(403, "Forbidden",
                        "You are not authorized to perform the requested action: identity:get_project.");
            }
            ObjectNode body = Json.obj();
            body.set("project", project(p));
            return Response.ok(body);
        }
        if (r.is("GET", "v3/regions")) {
            ArrayNode regions = Json.arr();
            for (String region : new ServiceCatalog(ctx.rootUrl(), ctx.options().extraRegion()).regions()) {
                ObjectNode o = regions.addObject().put("id", region).put("description", "")
                        .putNull("parent_region_id");
                o.putObject("links").put("self", r.baseUrl() + "/v3/regions/" + region);
            }
            return Response.ok(list("regions", regions));
        }
        if (r.is("GET", "v3/auth/catalog")) {
            ObjectNode body = Json.obj();
            body.set("catalog", new ServiceCatalog(ctx.rootUrl(), ctx.options().extraRegion())
                    .forProject(caller.projectId()));
            return Response.ok(body);
        }
        throw unknownPath(r);
    }

    /** Keystone runs on Flask: an unknown URL gets Flask's HTML page, not Keystone's JSON error. */
    @Override
    public ApiError unknownPath(Request r) {
        return new ApiError(404, "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
                + "<p>The requested URL was not found on the server. If you entered the URL manually please check "
                + "your spelling and try again.</p>\n").header("Content-Type", "text/html; charset=utf-8");
    }

    @Override
    public ApiError internalError() {
        return ApiError.keystone(500, "Internal Server Error",
                "An unexpected error prevented the server from fulfilling your request.");
    }

    private ArrayNode projectsJson(Caller caller) {
        ArrayNode projects = Json.arr();
        projects.add(project(ctx.state().projects.get(caller.projectId())));
        return projects;
    }

    private ObjectNode project(Project p) {
        ObjectNode o = Json.obj().put("id", p.id()).put("name", p.name()).put("domain_id", IdentityModel.DOMAIN_ID)
                .put("description", p.description()).put("enabled", true).put("parent_id", IdentityModel.DOMAIN_ID)
                .put("is_domain", false);
        o.putArray("tags");
        o.putObject("options");
        o.putObject("links").put("self", ctx.rootUrl() + "/identity/v3/projects/" + p.id());
        return o;
    }

    private ObjectNode list(String key, ArrayNode items) {
        ObjectNode body = Json.obj();
        body.set(key, items);
        body.putObject("links").putNull("next").put("self", ctx.rootUrl() + "/identity/v3/" + key).putNull("previous");
        return body;
    }

    private ObjectNode version() {
        ObjectNode v = Json.obj().put("id", "v3.14").put("status", "stable").put("updated", "2020-04-07T00:00:00Z");
        v.putArray("links").addObject().put("rel", "self").put("href", ctx.rootUrl() + "/identity/v3/");
        v.putArray("media-types").addObject().put("base", "application/json")
                .put("type", "application/vnd.openstack.identity-v3+json");
        return v;
    }
}
