package io.opencenter.installer.sandbox.loadbalancer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.http.Service;
import io.opencenter.installer.sandbox.network.PortFactory;
import io.opencenter.installer.sandbox.state.LoadBalancerModel.LoadBalancer;
import io.opencenter.installer.sandbox.state.NetworkModel.Port;
import io.opencenter.installer.sandbox.state.NetworkModel.Subnet;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A minimal Octavia (load-balancer v2) under {@code /load-balancer/v2} (also {@code /v2.0}, as openstack4j calls
 * it): list with attribute filters, create (with inline listeners, a VIP port {@code octavia-lb-<id>} on the VIP
 * subnet), show, delete ({@code cascade=true} needed while listeners exist; refused while PENDING_*). Enough for
 * the load balancers a cloud controller manager leaves behind, which destroy must find and remove. An amphora is a
 * Nova server, so a new load balancer stays PENDING_CREATE as long as a server stays BUILD.
 */
public final class OctaviaService implements Service {

    private static final Set<String> NOT_FILTERS = Set.of("fields", "limit", "marker", "sort", "page_reverse");
    private final SandboxContext ctx;

    public OctaviaService(SandboxContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String prefix() {
        return "load-balancer";
    }

    @Override
    public String name() {
        return "load-balancer";
    }

    @Override
    public boolean needsToken(Request r) {
        return !r.is("GET", "");
    }

    @Override
    public Response handle(Request raw, Caller caller) {
        if (raw.is("GET", "")) {
            ObjectNode body = Json.obj();
            body.putArray("versions").addObject().put("id", "v2.0").put("status", "CURRENT");
            return Response.ok(body);
        }
        Request r = versionless(raw);
        if (r.is("GET", "v2/lbaas/loadbalancers")) {
            ObjectNode body = Json.obj();
            ArrayNode list = body.putArray("loadbalancers");
            ctx.state().loadBalancers.values().stream().filter(lb -> lb.projectId.equals(caller.projectId()))
                    .map(this::view).filter(v -> matches(v, r.query())).forEach(list::add);
            return Response.ok(body);
        }
        if (r.is("POST", "v2/lbaas/loadbalancers")) {
            LoadBalancer lb = create(r.member("loadbalancer", OctaviaService::badRequest), caller);
            ObjectNode body = Json.obj();
            body.set("loadbalancer", view(lb));
            return Response.of(201, body);
        }
        LoadBalancer lb = r.segments().size() == 4 && r.segment(1).equals("lbaas")
                ? ctx.state().loadBalancers.get(r.segment(3)) : null;
        if (lb == null || !lb.projectId.equals(caller.projectId())) {
            throw fault(404, "Load Balancer " + r.segment(3) + " could not be found.");
        }
        if (r.is("GET", "v2/lbaas/loadbalancers/*")) {
            ObjectNode body = Json.obj();
            body.set("loadbalancer", view(lb));
            return Response.ok(body);
        }
        if (r.is("DELETE", "v2/lbaas/loadbalancers/*")) {
            delete(lb, "true".equalsIgnoreCase(r.param("cascade")));
            return Response.empty(204);
        }
        throw unknownPath(r);
    }

    private LoadBalancer create(ObjectNode req, Caller caller) {
        String subnetId = req.path("vip_subnet_id").asText(null);
        if (subnetId == null) {
            throw badRequest("Validation failure: VIP must contain one of: vip_port_id, vip_network_id, "
                    + "vip_subnet_id.");
        }
        Subnet subnet = ctx.state().subnets.get(subnetId);
        if (subnet == null) {
            throw badRequest("Validation failure: Subnet " + subnetId + " could not be found.");
        }
        LoadBalancer lb = new LoadBalancer();
        lb.id = SandboxContext.uuid();
        lb.name = req.path("name").asText("");
        lb.description = req.path("description").asText("");
        lb.projectId = caller.projectId();
        lb.vipSubnetId = subnet.id;
        lb.vipNetworkId = subnet.networkId;
        Port vip = new PortFactory(ctx).create(caller.projectId(), subnet.networkId,
                Json.arr().add(Json.obj().put("subnet_id", subnet.id)), "Octavia", "lb-" + lb.id, true);
        vip.name = "octavia-lb-" + lb.id;
        lb.vipPortId = vip.id;
        lb.vipAddress = vip.fixedIps.get(0).ipAddress();
        req.path("listeners").forEach(l -> lb.listeners.add(SandboxContext.uuid()));
        lb.createdAt = ctx.now();
        lb.updatedAt = lb.createdAt;
        lb.readyAt = lb.createdAt + ctx.behaviour().serverActiveDelay().toMillis();
        ctx.state().loadBalancers.put(lb.id, lb);
        return lb;
    }

    private void delete(LoadBalancer lb, boolean cascade) {
        String status = lb.provisioningStatus(ctx.now());
        if (status.startsWith("PENDING")) {
            throw fault(409, "Invalid state " + status + " of loadbalancer resource " + lb.id);
        }
        if (!lb.listeners.isEmpty() && !cascade) {
            throw badRequest("Cannot delete Load Balancer " + lb.id + " - it has children");
        }
        ctx.state().floatingIps.values().stream().filter(f -> lb.vipPortId.equals(f.portId)).forEach(f -> {
            f.portId = null;
            f.fixedIpAddress = null;
            f.routerId = null;
        });
        ctx.state().ports.remove(lb.vipPortId);
        ctx.state().tags.remove(lb.vipPortId);
        ctx.state().loadBalancers.remove(lb.id);
    }

    private ObjectNode view(LoadBalancer lb) {
        String status = lb.provisioningStatus(ctx.now());
        ObjectNode o = Json.obj().put("id", lb.id).put("name", lb.name).put("description", lb.description)
                .put("provisioning_status", status)
                .put("operating_status", status.equals("ACTIVE") ? "ONLINE" : "OFFLINE")
                .put("admin_state_up", true).put("project_id", lb.projectId).put("tenant_id", lb.projectId)
                .put("created_at", Json.isoSeconds(lb.createdAt))
                .put("updated_at", Json.isoSeconds(Math.max(lb.updatedAt, Math.min(ctx.now(), lb.readyAt))))
                .put("vip_address", lb.vipAddress).put("vip_port_id", lb.vipPortId)
                .put("vip_subnet_id", lb.vipSubnetId).put("vip_network_id", lb.vipNetworkId)
                .putNull("vip_qos_policy_id").put("provider", "amphora").putNull("flavor_id")
                .putNull("availability_zone");
        ArrayNode listeners = o.putArray("listeners");
        lb.listeners.forEach(id -> listeners.addObject().put("id", id));
        o.putArray("pools");
        o.putArray("tags");
        return o;
    }

    private static boolean matches(ObjectNode view, Map<String, List<String>> query) {
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            JsonNode v = view.get(e.getKey());
            if (NOT_FILTERS.contains(e.getKey()) || v == null) {
                continue;
            }
            if (e.getValue().stream().noneMatch(wanted -> !v.isNull() && v.asText().equals(wanted))) {
                return false;
            }
        }
        return true;
    }

    /** {@code v2.0/...} and {@code v2/...} are the same API; routing uses {@code v2}. */
    private static Request versionless(Request r) {
        if (!r.segments().isEmpty() && r.segment(0).equals("v2.0")) {
            List<String> segs = new ArrayList<>(r.segments());
            segs.set(0, "v2");
            return r.withSegments(segs);
        }
        return r;
    }

    /** Octavia's (wsme) error body. */
    private static ApiError fault(int status, String message) {
        ObjectNode body = Json.obj().put("faultcode", status >= 500 ? "Server" : "Client")
                .put("faultstring", message).putNull("debuginfo");
        return new ApiError(status, body);
    }

    private static ApiError badRequest(String message) {
        return fault(400, message);
    }

    @Override
    public ApiError unknownPath(Request r) {
        return fault(404, "The resource could not be found.");
    }

    @Override
    public ApiError internalError() {
        return fault(500, "Internal Server Error");
    }
}
