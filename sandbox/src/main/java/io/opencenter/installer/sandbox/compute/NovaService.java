package io.opencenter.installer.sandbox.compute;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.http.Service;
import io.opencenter.installer.sandbox.state.ComputeModel.Flavor;
import io.opencenter.installer.sandbox.state.SandboxContext;

/**
 * Nova v2.1 under {@code /compute/v2.1}: flavors, servers, server groups, key pairs, availability zones, limits,
 * quota sets and volume attachments. Answers carry the microversion headers Nova sends.
 */
public final class NovaService implements Service {
    private final SandboxContext ctx;
    private final ServerHandler servers;
    private final ServerGroupHandler groups;
    private final KeyPairHandler keyPairs;
    private final VolumeAttachmentHandler attachments;
    private final ComputeQuotas quotas;

    public NovaService(SandboxContext ctx) {
        this.ctx = ctx;
        this.servers = new ServerHandler(ctx);
        this.groups = new ServerGroupHandler(ctx);
        this.keyPairs = new KeyPairHandler(ctx);
        this.attachments = new VolumeAttachmentHandler(ctx, servers);
        this.quotas = new ComputeQuotas(ctx);
    }

    @Override
    public String prefix() {
        return "compute";
    }

    @Override
    public String name() {
        return "compute";
    }

    @Override
    public boolean needsToken(Request r) {
        return !(r.is("GET", "") || r.is("GET", "v2.1"));
    }

    @Override
    public Response handle(Request r, Caller caller) {
        try {
            return route(r, caller);
        } catch (ApiError e) {
            // Nova's error pages (webob) name the charset, its successful answers do not.
            throw e.header("Content-Type", "application/json; charset=UTF-8");
        }
    }

    private Response route(Request r, Caller caller) {
        Microversion mv = Microversion.of(r);
        String base = r.baseUrl() + "/v2.1";
        if (r.is("GET", "v2.1")) {
            ObjectNode body = Json.obj();
            body.set("version", version(base));
            return Response.ok(body);
        }
        if (r.is("GET", "")) {
            ObjectNode body = Json.obj();
            body.putArray("versions").add(version(base));
            return Response.ok(body);
        }
        String resource = r.segment(1);
        if (!"v2.1".equals(r.segment(0)) || resource == null) {
            throw unknownPath(r);
        }
        return switch (resource) {
            case "flavors" -> flavors(r, base, mv);
            case "servers" -> r.segments().size() >= 4 && r.segment(3).equals("os-volume_attachments")
                    ? attachments.handle(r, caller) : servers.handle(r, caller, mv, base);
            case "os-server-groups" -> groups.handle(r, caller, mv);
            case "os-keypairs" -> keyPairs.handle(r, caller, mv);
            case "os-availability-zone" -> {
                if (r.is("GET", "v2.1/os-availability-zone/detail")) {
                    throw ApiError.fault(403, "forbidden", "Policy doesn't allow "
                            + "os_compute_api:os-availability-zone:detail to be performed.");
                }
                yield availabilityZones(r);
            }
            case "limits" -> quotas.limits(caller, mv);
            case "os-quota-sets" -> quotas.quotaSet(r, caller, mv);
            default -> throw unknownPath(r);
        };
    }

    @Override
    public void decorate(Request r, java.util.Map<String, String> headers) {
        String v;
        try {
            v = Microversion.of(r).text();
        } catch (ApiError e) {
            v = "2.1";
        }
        headers.put("OpenStack-API-Version", "compute " + v);
        headers.put("X-OpenStack-Nova-API-Version", v);
        headers.put("Vary", "OpenStack-API-Version, X-OpenStack-Nova-API-Version");
    }

    @Override
    public ApiError unknownPath(Request r) {
        return ApiError.notFound("The resource could not be found.");
    }

    @Override
    public ApiError internalError() {
        return ApiError.fault(500, "computeFault", "Unexpected API Error. Please report this at "
                + "http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.\n"
                + "<class 'oslo_db.exception.DBConnectionError'>");
    }

    private Response flavors(Request r, String base, Microversion mv) {
        ObjectNode body = Json.obj();
        if (r.is("GET", "v2.1/flavors") || r.is("GET", "v2.1/flavors/detail")) {
            boolean detail = r.segments().size() == 3;
            ArrayNode list = body.putArray("flavors");
            ctx.state().flavors.values().forEach(f -> list.add(detail ? flavor(f, base, mv) : brief(f, base, mv)));
            return Response.ok(body);
        }
        Flavor f = ctx.state().flavors.get(r.segment(2));
        if (f == null) {
            throw ApiError.notFound("Flavor " + r.segment(2) + " could not be found.");
        }
        if (r.is("GET", "v2.1/flavors/*")) {
            body.set("flavor", flavor(f, base, mv));
            return Response.ok(body);
        }
        if (r.is("GET", "v2.1/flavors/*/os-extra_specs")) {
            body.putObject("extra_specs");
            return Response.ok(body);
        }
        throw unknownPath(r);
    }

    private static ObjectNode brief(Flavor f, String base, Microversion mv) {
        ObjectNode o = Json.obj().put("id", f.id());
        o.set("links", ServerView.links(base, "flavors", f.id()));
        o.put("name", f.name());
        if (mv.atLeast(55)) {
            o.putNull("description");
        }
        return o;
    }

    private static ObjectNode flavor(Flavor f, String base, Microversion mv) {
        ObjectNode o = Json.obj().put("id", f.id()).put("name", f.name()).put("ram", f.ram()).put("disk", f.disk())
                .put("swap", "").put("OS-FLV-EXT-DATA:ephemeral", 0).put("OS-FLV-DISABLED:disabled", false)
                .put("vcpus", f.vcpus()).put("os-flavor-access:is_public", f.isPublic()).put("rxtx_factor", 1.0);
        o.set("links", ServerView.links(base, "flavors", f.id()));
        if (mv.atLeast(55)) {
            o.putNull("description");
        }
        if (mv.atLeast(61)) {
            o.putObject("extra_specs");
        }
        if (mv.atLeast(75)) {
            o.put("swap", 0);
        }
        return o;
    }

    private Response availabilityZones(Request r) {
        if (!r.is("GET", "v2.1/os-availability-zone")) {
            throw unknownPath(r);
        }
        ObjectNode body = Json.obj();
        ArrayNode zones = body.putArray("availabilityZoneInfo");
        for (String zone : ctx.options().availabilityZones()) {
            ObjectNode z = zones.addObject().put("zoneName", zone);
            z.putObject("zoneState").put("available", true);
            z.putNull("hosts");
        }
        return Response.ok(body);
    }

    private static ObjectNode version(String base) {
        ObjectNode v = Json.obj().put("id", "v2.1").put("status", "CURRENT").put("version", "2." + Microversion.MAX)
                .put("min_version", "2.1").put("updated", "2013-07-23T11:33:21Z");
        v.putArray("links").addObject().put("rel", "self").put("href", base + "/");
        v.putArray("media-types").addObject().put("base", "application/json")
                .put("type", "application/vnd.openstack.compute+json;version=2.1");
        return v;
    }
}
