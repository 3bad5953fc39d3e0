package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.http.Service;
import io.opencenter.installer.sandbox.state.DefaultSecurityGroup;
import io.opencenter.installer.sandbox.state.NetworkModel.Base;
import io.opencenter.installer.sandbox.state.NetworkModel.Router;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;

/**
 * Neutron v2.0 under {@code /networking/v2.0}: CRUD of networks, subnets, ports, routers (with interfaces),
 * security groups and rules, floating IPs; the tags API on all of them; quotas. A {@code .json} suffix on the
 * last path segment is accepted, as Neutron does.
 */
public final class NeutronService implements Service {
    private final SandboxContext ctx;
    private final Map<String, NeutronResource<?>> resources = new java.util.LinkedHashMap<>();
    private final Routers routers;
    private final NeutronQuotas quotas;

    public NeutronService(SandboxContext ctx) {
        this.ctx = ctx;
        this.routers = new Routers(ctx);
        SecurityGroupRules rules = new SecurityGroupRules(ctx);
        for (NeutronResource<?> r : List.of(new Networks(ctx), new Subnets(ctx), new Ports(ctx), routers,
                new SecurityGroups(ctx, rules), rules, new FloatingIps(ctx))) {
            resources.put(r.collection(), r);
        }
        this.quotas = new NeutronQuotas(ctx);
    }

    @Override
    public String prefix() {
        return "networking";
    }

    @Override
    public String name() {
        return "network";
    }

    @Override
    public boolean needsToken(Request r) {
        return !(r.is("GET", "") || r.is("GET", "v2.0"));
    }

    @Override
    public Response handle(Request raw, Caller caller) {
        Request r = stripJson(raw);
        if (r.is("GET", "")) {
            ObjectNode body = Json.obj();
            ObjectNode v = body.putArray("versions").addObject().put("id", "v2.0").put("status", "CURRENT");
            v.putArray("links").addObject().put("href", r.baseUrl() + "/v2.0/").put("rel", "self");
            return Response.ok(body);
        }
        if (!"v2.0".equals(r.segment(0)) || r.segments().size() < 2) {
            throw unknownPath(r);
        }
        if (r.is("GET", "v2.0/extensions")) {
            return Response.ok(NeutronExtensions.list());
        }
        if (r.is("GET", "v2.0/availability_zones")) {
            ObjectNode body = Json.obj();
            body.putArray("availability_zones"); // no agents, so no zones, like a deployment without DHCP/L3 agents
            return Response.ok(body);
        }
        if (r.segment(1).equals("quotas") && r.segments().size() >= 3) {
            return quotas(r, caller);
        }
        NeutronResource<?> res = resources.get(r.segment(1));
        if (res == null) {
            throw unknownPath(r);
        }
        DefaultSecurityGroup.ensure(ctx.state(), caller.projectId(), ctx.now());
        return dispatch(res, r, caller);
    }

    private <T extends Base> Response dispatch(NeutronResource<T> res, Request r, Caller caller) {
        ObjectNode body = Json.obj();
        if (r.is("GET", "v2.0/*")) {
            ArrayNode list = body.putArray(res.collection().replace('-', '_'));
            for (T item : res.items().values()) {
                if (res.visible(item, caller)) {
                    ObjectNode o = NeutronView.render(res, item, ctx.state());
                    if (NeutronView.matches(o, r.query())) {
                        list.add(NeutronView.project(o, r.params("fields")));
                    }
                }
            }
            return Response.ok(body);
        }
        if (!r.method().equals("GET") && !r.method().equals("DELETE")) {
            r.json(m -> NeutronErrors.badRequest("Body contains invalid data"));
        }
        if (r.is("POST", "v2.0/*")) {
            ObjectNode req = r.member(res.singular(), m -> NeutronErrors.badRequest("Failed to parse request. "
                    + "Resource body required."));
            T item = res.create(req, caller);
            res.items().put(item.id, item);
            body.set(res.singular(), NeutronView.render(res, item, ctx.state()));
            return Response.of(201, body);
        }
        T item = res.items().get(r.segment(2));
        if (item == null || !res.visible(item, caller)) {
            throw NeutronErrors.notFound(res.kind(), r.segment(2));
        }
        if (r.segments().size() >= 4 && r.segment(3).equals("tags")) {
            return tags(r, item);
        }
        if (r.is("GET", "v2.0/*/*")) {
            body.set(res.singular(), NeutronView.project(NeutronView.render(res, item, ctx.state()),
                    r.params("fields")));
            return Response.ok(body);
        }
        if (!item.projectId.equals(caller.projectId())) {
            // Shared and external resources are read-only for other projects; Neutron then says "not found".
            throw NeutronErrors.notFound(res.kind(), item.id);
        }
        if (r.is("PUT", "v2.0/*/*")) {
            res.update(item, r.member(res.singular(), NeutronErrors::badRequest), caller);
            body.set(res.singular(), NeutronView.render(res, item, ctx.state()));
            return Response.ok(body);
        }
        if (r.is("DELETE", "v2.0/*/*")) {
            res.delete(item, caller);
            ctx.state().tags.remove(item.id);
            return Response.empty(204);
        }
        if (item instanceof Router router && r.is("PUT", "v2.0/routers/*/add_router_interface")) {
            return Response.ok(routers.addInterface(router, r.json(NeutronErrors::badRequest)));
        }
        if (item instanceof Router router && r.is("PUT", "v2.0/routers/*/remove_router_interface")) {
            return Response.ok(routers.removeInterface(router, r.json(NeutronErrors::badRequest)));
        }
        throw unknownPath(r);
    }

    /** {@code GET|PUT|DELETE .../tags} and {@code GET|PUT|DELETE .../tags/{tag}}. */
    private Response tags(Request r, Base item) {
        LinkedHashSet<String> tags = new LinkedHashSet<>(ctx.state().tagsOf(item.id));
        String tag = r.segment(4);
        if (tag == null) {
            switch (r.method()) {
                case "GET" -> {
                    ObjectNode body = Json.obj();
                    body.set("tags", Json.strings(tags));
                    return Response.ok(body);
                }
                case "PUT" -> {
                    JsonNode wanted = r.json(NeutronErrors::badRequest).path("tags");
                    if (!wanted.isArray()) {
                        throw NeutronErrors.badRequest("Invalid input for tags. Reason: Invalid data format for "
                                + "tag list: 'None'.");
                    }
                    List<String> replaced = new ArrayList<>();
                    wanted.forEach(t -> replaced.add(t.asText()));
                    ctx.state().setTags(item.id, replaced);
                    item.touch(ctx.now());
                    ObjectNode body = Json.obj();
                    body.set("tags", Json.strings(ctx.state().tagsOf(item.id)));
                    return Response.ok(body);
                }
                case "DELETE" -> {
                    ctx.state().setTags(item.id, List.of());
                    item.touch(ctx.now());
                    return Response.empty(204);
                }
                default -> throw unknownPath(r);
            }
        }
        switch (r.method()) {
            case "GET" -> {
                if (!tags.contains(tag)) {
                    throw ApiError.neutron(404, "TagNotFound", "Tag " + tag + " could not be found.");
                }
                return Response.empty(204);
            }
            case "PUT" -> {
                if (tag.length() > 255 || tag.contains(",") || tag.contains("/")) {
                    throw NeutronErrors.badRequest("Invalid input for operation: '" + tag + "' is not a valid "
                            + "tag.");
                }
                tags.add(tag);
                ctx.state().setTags(item.id, tags);
                item.touch(ctx.now());
                return Response.empty(201);
            }
            case "DELETE" -> {
                if (!tags.remove(tag)) {
                    throw ApiError.neutron(404, "TagNotFound", "Tag " + tag + " could not be found.");
                }
                ctx.state().setTags(item.id, tags);
                item.touch(ctx.now());
                return Response.empty(204);
            }
            default -> throw unknownPath(r);
        }
    }

    private Response quotas(Request r, Caller caller) {
        String project = r.segment(2);
        if (!r.method().equals("GET")) {
            throw ApiError.neutron(403, "PolicyNotAuthorized", "rule:update_quota is disallowed by policy");
        }
        if (!quotas.ownProject(caller, project)) {
            throw ApiError.neutron(403, "PolicyNotAuthorized", "rule:get_quota is disallowed by policy");
        }
        if (r.is("GET", "v2.0/quotas/*/details")) {
            return Response.ok(quotas.details(project));
        }
        if (r.is("GET", "v2.0/quotas/*")) {
            return Response.ok(quotas.limits(project));
        }
        throw unknownPath(r);
    }

    /** Neutron accepts {@code /v2.0/networks.json}: the suffix is dropped before routing. */
    private static Request stripJson(Request r) {
        List<String> segs = r.segments();
        if (segs.isEmpty() || !segs.get(segs.size() - 1).endsWith(".json")) {
            return r;
        }
        List<String> fixed = new ArrayList<>(segs);
        String last = fixed.remove(fixed.size() - 1);
        fixed.add(last.substring(0, last.length() - ".json".length()));
        return r.withSegments(fixed);
    }

    @Override
    public ApiError unknownPath(Request r) {
        return ApiError.neutron(404, "HTTPNotFound", "The resource could not be found.");
    }

    @Override
    public ApiError internalError() {
        return ApiError.neutron(500, "HTTPInternalServerError", "Request Failed: internal server error while "
                + "processing your request.");
    }
}
