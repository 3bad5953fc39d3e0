package io.opencenter.installer.openstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.OpenStackGateway.Quota;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Limits and usage of the three quota-holding services, read with the detail calls openstack4j 3.12 does not have:
 * Nova {@code GET /os-quota-sets/{project}/detail}, Cinder {@code GET /os-quota-sets/{project}?usage=true},
 * Neutron {@code GET /v2.0/quotas/{project}/details}. When a cloud's policy forbids the detail call, Nova and
 * Cinder fall back to {@code GET /limits}, which every project member may read.
 */
final class QuotaReader {

    /** Service field name → installer resource name, in the order the quota table shows them. */
    static final Map<String, String> COMPUTE = ordered("instances", "instances", "cores", "cores", "ram", "ramMb",
            "key_pairs", "keyPairs", "server_groups", "serverGroups");
    static final Map<String, String> VOLUME = ordered("volumes", "volumes", "gigabytes", "gigabytes");
    static final Map<String, String> NETWORK = ordered("floatingip", "floatingIps", "network", "networks",
            "subnet", "subnets", "router", "routers", "port", "ports", "security_group", "securityGroups",
            "security_group_rule", "securityGroupRules");

    /** {@code /limits} absolute field names (limit, used) per installer resource, for the fallback. */
    private static final Map<String, String[]> COMPUTE_LIMITS = Map.of(
            "instances", new String[] {"maxTotalInstances", "totalInstancesUsed"},
            "cores", new String[] {"maxTotalCores", "totalCoresUsed"},
            "ramMb", new String[] {"maxTotalRAMSize", "totalRAMUsed"},
            "keyPairs", new String[] {"maxTotalKeypairs", null},
            "serverGroups", new String[] {"maxServerGroups", "totalServerGroupsUsed"});
    private static final Map<String, String[]> VOLUME_LIMITS = Map.of(
            "volumes", new String[] {"maxTotalVolumes", "totalVolumesUsed"},
            "gigabytes", new String[] {"maxTotalVolumeGigabytes", "totalGigabytesUsed"});

    private final CallRunner calls;

    QuotaReader(CallRunner calls) {
        this.calls = calls;
    }

    List<Quota> all(String projectId) {
        List<Quota> quotas = new ArrayList<>(compute(projectId));
        quotas.addAll(volume(projectId));
        quotas.addAll(network(projectId));
        return List.copyOf(quotas);
    }

    List<Quota> compute(String projectId) {
        try {
            JsonNode set = calls.getJson("compute", "quota details", "/os-quota-sets/" + projectId + "/detail")
                    .path("quota_set");
            return fromDetail("compute", set, COMPUTE, "in_use");
        } catch (OpenStackException e) {
            if (e.kind() != Kind.FORBIDDEN) {
                throw e;
            }
            JsonNode absolute = calls.getJson("compute", "limits", "/limits").path("limits").path("absolute");
            return fromLimits("compute", absolute, COMPUTE, COMPUTE_LIMITS);
        }
    }

    List<Quota> volume(String projectId) {
        try {
            JsonNode set = calls.getJson("volume", "quota usage", "/os-quota-sets/" + projectId + "?usage=true")
                    .path("quota_set");
            return fromDetail("volume", set, VOLUME, "in_use");
        } catch (OpenStackException e) {
            if (e.kind() != Kind.FORBIDDEN) {
                throw e;
            }
            JsonNode absolute = calls.getJson("volume", "limits", "/limits").path("limits").path("absolute");
            return fromLimits("volume", absolute, VOLUME, VOLUME_LIMITS);
        }
    }

    List<Quota> network(String projectId) {
        JsonNode quota = calls.getJson("network", "quota details", "/quotas/" + projectId + "/details").path("quota");
        return fromDetail("network", quota, NETWORK, "used");
    }

    static List<Quota> fromDetail(String service, JsonNode set, Map<String, String> names, String usedField) {
        List<Quota> out = new ArrayList<>();
        names.forEach((field, resource) -> {
            JsonNode entry = set.path(field);
            if (!entry.isMissingNode()) {
                out.add(new Quota(service, resource, entry.path("limit").asLong(-1), entry.path(usedField).asLong(0)));
            }
        });
        return out;
    }

    private static List<Quota> fromLimits(String service, JsonNode absolute, Map<String, String> names,
                                          Map<String, String[]> fields) {
        List<Quota> out = new ArrayList<>();
        for (String resource : names.values()) {
            String[] f = fields.get(resource);
            if (f != null && absolute.has(f[0])) {
                long used = f[1] == null ? 0 : absolute.path(f[1]).asLong(0);
                out.add(new Quota(service, resource, absolute.path(f[0]).asLong(-1), used));
            }
        }
        return out;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
