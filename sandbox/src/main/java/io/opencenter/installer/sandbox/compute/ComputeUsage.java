package io.opencenter.installer.sandbox.compute;

import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.ComputeModel.Flavor;
import io.opencenter.installer.sandbox.state.ComputeModel.Server;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a project uses of Nova's quotas right now. */
final class ComputeUsage {
    private ComputeUsage() {
    }

    static Map<String, Long> of(CloudState s, String projectId, String userId) {
        long instances = 0;
        long cores = 0;
        long ram = 0;
        for (Server server : s.serversOf(projectId)) {
            Flavor f = s.flavors.get(server.flavorId);
            instances++;
            cores += f == null ? 0 : f.vcpus();
            ram += f == null ? 0 : f.ram();
        }
        Map<String, Long> used = new LinkedHashMap<>();
        used.put("instances", instances);
        used.put("cores", cores);
        used.put("ram", ram);
        used.put("key_pairs", (long) s.keyPairs.getOrDefault(userId, Map.of()).size());
        used.put("server_groups", s.serverGroups.values().stream().filter(g -> g.projectId.equals(projectId)).count());
        return used;
    }
}
