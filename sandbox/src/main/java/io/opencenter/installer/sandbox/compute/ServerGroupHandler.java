package io.opencenter.installer.sandbox.compute;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.state.ComputeModel.ServerGroup;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Nova's {@code os-server-groups}. Before microversion 2.64 a group has {@code policies: [..]} and
 * {@code metadata}; from 2.64 on a single {@code policy} and {@code rules}. The soft policies are accepted from
 * 2.15 on, as Nova's schema has it.
 */
final class ServerGroupHandler {
    /** In the order of Nova's schema, which its error message repeats. */
    private static final List<String> POLICIES = List.of("anti-affinity", "affinity", "soft-anti-affinity",
            "soft-affinity");
    private final SandboxContext ctx;

    ServerGroupHandler(SandboxContext ctx) {
        this.ctx = ctx;
    }

    Response handle(Request r, Caller caller, Microversion mv) {
        ObjectNode body = Json.obj();
        if (r.is("GET", "v2.1/os-server-groups")) {
            ArrayNode list = body.putArray("server_groups");
            ctx.state().serverGroups.values().stream().filter(g -> g.projectId.equals(caller.projectId()))
                    .forEach(g -> list.add(view(g, mv)));
            return Response.ok(body);
        }
        if (r.is("POST", "v2.1/os-server-groups")) {
            ObjectNode req = r.member("server_group", ApiError::badRequest);
            String policy = mv.atLeast(64) ? req.path("policy").asText(null)
                    : req.path("policies").path(0).asText(null);
            // the soft policies exist from 2.15 on; Nova's schema lists what the asked version accepts
            List<String> allowed = mv.atLeast(15) ? POLICIES : POLICIES.subList(0, 2);
            if (policy == null || !allowed.contains(policy)) {
                throw ApiError.badRequest("Invalid input for field/attribute " + (mv.atLeast(64) ? "policy"
                        : "0") + ". Value: " + policy + ". '" + policy + "' is not one of " + allowed.stream()
                        .map(p -> "'" + p + "'").collect(Collectors.joining(", ", "[", "]")));
            }
            long used = ctx.state().serverGroups.values().stream()
                    .filter(g -> g.projectId.equals(caller.projectId())).count();
            if (!ctx.quotas().allows("server_groups", used, 1)) {
                throw ApiError.fault(403, "forbidden", "Quota exceeded, too many server groups.");
            }
            ServerGroup g = new ServerGroup();
            g.id = SandboxContext.uuid();
            g.name = req.path("name").asText("");
            g.projectId = caller.projectId();
            g.userId = caller.userId();
            g.policy = policy;
            ctx.state().serverGroups.put(g.id, g);
            body.set("server_group", view(g, mv));
            return Response.ok(body);
        }
        ServerGroup g = ctx.state().serverGroups.get(r.segment(2));
        if (g == null || !g.projectId.equals(caller.projectId())) {
            throw ApiError.notFound("Instance group " + r.segment(2) + " could not be found.");
        }
        if (r.is("GET", "v2.1/os-server-groups/*")) {
            body.set("server_group", view(g, mv));
            return Response.ok(body);
        }
        if (r.is("DELETE", "v2.1/os-server-groups/*")) {
            ctx.state().serverGroups.remove(g.id);
            return Response.empty(204);
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    private static ObjectNode view(ServerGroup g, Microversion mv) {
        ObjectNode o = Json.obj().put("id", g.id).put("name", g.name);
        if (mv.atLeast(64)) {
            o.put("policy", g.policy);
            o.putObject("rules");
        } else {
            o.set("policies", Json.strings(List.of(g.policy)));
        }
        o.set("members", Json.strings(g.members));
        if (!mv.atLeast(64)) {
            o.putObject("metadata");
        }
        if (mv.atLeast(13)) {
            o.put("project_id", g.projectId).put("user_id", g.userId);
        }
        return o;
    }
}
