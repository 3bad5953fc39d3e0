package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.ClusterPlans;
import io.opencenter.installer.provision.NodeRole;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ResourceAttributes;
import io.opencenter.installer.spec.ClusterConfig;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What each node of a config's plan is, for the node table: the engine's node events carry names only. Built off
 * the FX thread (planning reads nothing remote but is not free).
 */
final class NodeRoles {
    private NodeRoles() {}

    /** Node name → "control plane" or "worker · &lt;pool&gt;", in plan order. */
    static Map<String, String> of(ClusterConfig config, ResourceBundle bundle) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (PlannedResource r : ClusterPlans.of(config).resources()) {
            if (r.attributes() instanceof ResourceAttributes.Server server) {
                roles.put(r.name(), label(server.role(), server.group(), bundle));
            }
        }
        return roles;
    }

    static String label(NodeRole role, String group, ResourceBundle bundle) {
        return MessageFormat.format(bundle.getString("install.node.role." + role.name()), group);
    }
}
