package io.opencenter.installer.sandbox.compute;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.ApiError;
import io.opencenter.installer.sandbox.http.Caller;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.http.Request;
import io.opencenter.installer.sandbox.http.Response;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.SandboxContext;

import java.util.List;
import java.util.Map;

/**
 * Nova's {@code limits} and {@code os-quota-sets}. Below microversion 2.36 both still carry the deprecated
 * nova-network quotas (floating IPs, security groups, fixed IPs), unlimited (-1) with nothing in use,
 * exactly as Zed's Nova answers (compared against the real service; Neutron owns those quotas now).
 */
final class ComputeQuotas {
    private static final List<String> OWN = List.of("cores", "injected_file_content_bytes",
            "injected_file_path_bytes", "injected_files", "instances", "key_pairs", "metadata_items", "ram",
            "server_group_members", "server_groups");
    private final SandboxContext ctx;

    ComputeQuotas(SandboxContext ctx) {
        this.ctx = ctx;
    }

    /** Field order and the -1/0 of the deprecated network fields as Zed's Nova sends them. */
    Response limits(Caller caller, Microversion mv) {
        Map<String, Long> used = ComputeUsage.of(ctx.state(), caller.projectId(), caller.userId());
        ObjectNode abs = Json.obj();
        abs.put("maxTotalInstances", limit("instances"))
                .put("maxTotalCores", limit("cores"))
                .put("maxTotalRAMSize", limit("ram"))
                .put("maxServerMeta", limit("metadata_items"))
                .put("maxImageMeta", limit("metadata_items"))
                .put("maxPersonality", limit("injected_files"))
                .put("maxPersonalitySize", limit("injected_file_content_bytes"))
                .put("maxTotalKeypairs", limit("key_pairs"))
                .put("maxServerGroups", limit("server_groups"))
                .put("maxServerGroupMembers", limit("server_group_members"));
        if (!mv.atLeast(36)) {
            abs.put("maxTotalFloatingIps", -1).put("maxSecurityGroups", -1).put("maxSecurityGroupRules", -1);
        }
        abs.put("totalRAMUsed", used.get("ram"))
                .put("totalCoresUsed", used.get("cores"))
                .put("totalInstancesUsed", used.get("instances"));
        if (!mv.atLeast(36)) {
            abs.put("totalFloatingIpsUsed", 0).put("totalSecurityGroupsUsed", 0);
        }
        abs.put("totalServerGroupsUsed", used.get("server_groups"));
        ObjectNode body = Json.obj();
        ObjectNode limits = body.putObject("limits");
        limits.putArray("rate");
        limits.set("absolute", abs);
        return Response.ok(body);
    }

    /** {@code os-quota-sets/{project}}, {@code .../detail} and {@code .../defaults}. */
    Response quotaSet(Request r, Caller caller, Microversion mv) {
        String project = r.segment(2);
        String view = r.segment(3);
        if (!project.equals(caller.projectId()) && !"defaults".equals(view)) {
            // Zed's policy lets a member read only its own project's quotas.
            throw ApiError.fault(403, "forbidden", "Policy doesn't allow os_compute_api:os-quota-sets:show to be"
                    + " performed.");
        }
        Map<String, Long> used = ComputeUsage.of(ctx.state(), caller.projectId(), caller.userId());
        ObjectNode set = Json.obj().put("id", project);
        for (String key : keys(mv)) {
            long limit = limit(nameInSandbox(key));
            if ("detail".equals(view)) {
                set.putObject(key).put("limit", limit).put("in_use", used.getOrDefault(key, 0L)).put("reserved", 0);
            } else {
                set.put(key, limit);
            }
        }
        ObjectNode body = Json.obj();
        body.set("quota_set", set);
        return Response.ok(body);
    }

    private List<String> keys(Microversion mv) {
        if (mv.atLeast(36)) {
            return OWN;
        }
        List<String> all = new java.util.ArrayList<>(OWN);
        all.addAll(List.of("fixed_ips", "floating_ips", "security_group_rules", "security_groups"));
        all.sort(null);
        return all;
    }

    private static String nameInSandbox(String novaKey) {
        return switch (novaKey) {
            case "floating_ips", "security_groups", "security_group_rules", "fixed_ips" -> "-";
            default -> novaKey;
        };
    }

    private long limit(String resource) {
        return ctx.quotas().limit(resource);
    }
}
