package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Neutron's {@code quotas/{project}} (limits) and {@code quotas/{project}/details.json} (limit, used, reserved). */
final class NeutronQuotas {
    private static final List<String> KEYS = List.of("network", "subnet", "subnetpool", "port", "router",
            "floatingip", "rbac_policy", "security_group", "security_group_rule");
    private final SandboxContext ctx;

    NeutronQuotas(SandboxContext ctx) {
        this.ctx = ctx;
    }

    ObjectNode limits(String projectId) {
        ObjectNode quota = Json.obj();
        KEYS.forEach(k -> quota.put(k, ctx.quotas().limit(k)));
        ObjectNode body = Json.obj();
        body.set("quota", quota);
        return body;
    }

    ObjectNode details(String projectId) {
        Map<String, Long> used = used(projectId);
        ObjectNode quota = Json.obj();
        KEYS.forEach(k -> quota.putObject(k).put("used", used.getOrDefault(k, 0L))
                .put("limit", ctx.quotas().limit(k)).put("reserved", 0));
        ObjectNode body = Json.obj();
        body.set("quota", quota);
        return body;
    }

    private Map<String, Long> used(String projectId) {
        CloudState s = ctx.state();
        Map<String, Long> used = new LinkedHashMap<>();
        used.put("network", CloudState.countOwned(s.networks.values(), projectId, x -> true));
        used.put("subnet", CloudState.countOwned(s.subnets.values(), projectId, x -> true));
        used.put("port", CloudState.countOwned(s.ports.values(), projectId, x -> true));
        used.put("router", CloudState.countOwned(s.routers.values(), projectId, x -> true));
        used.put("floatingip", CloudState.countOwned(s.floatingIps.values(), projectId, x -> true));
        used.put("security_group", CloudState.countOwned(s.securityGroups.values(), projectId, x -> true));
        used.put("security_group_rule", CloudState.countOwned(s.rules.values(), projectId, x -> true));
        return used;
    }

    boolean ownProject(Caller caller, String projectId) {
        return caller.projectId().equals(projectId);
    }
}
