package io.opencenter.installer.cli;

import io.opencenter.installer.sandbox.SandboxClients;
import io.opencenter.installer.sandbox.SandboxCloud;
import io.opencenter.installer.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openstack4j.api.OSClient.OSClientV3;

/**
 * What a sandbox state file holds, read the way an operator would check: openstack4j against the sandbox started
 * on that state, never the installer's journal. Lists {@code kind name} of everything named {@code <cluster>-...}
 * or tagged with the cluster (security-group rules by their description).
 */
final class SandboxLook {
    private SandboxLook() {}

    static List<String> clusterObjects(Path stateFile, String cluster) {
        try (SandboxCloud sandbox = SandboxCloud.start(SandboxOptions.builder().stateFile(stateFile).build())) {
            OSClientV3 os = SandboxClients.demo(sandbox);
            String prefix = cluster + "-";
            String tag = "opencenter-cluster=" + cluster;
            Predicate<String> ours = n -> n != null && n.startsWith(prefix);
            List<String> found = new ArrayList<>();
            os.compute().servers().list().stream()
                    .filter(s -> ours.test(s.getName()) || cluster.equals(s.getMetadata().get("opencenter-cluster")))
                    .forEach(s -> found.add("server " + s.getName()));
            os.blockStorage().volumes().list().stream()
                    .filter(v -> ours.test(v.getName()) || cluster.equals(v.getMetaData().get("opencenter-cluster")))
                    .forEach(v -> found.add("volume " + v.getName()));
            os.compute().serverGroups().list().stream().filter(g -> ours.test(g.getName()))
                    .forEach(g -> found.add("server-group " + g.getName()));
            os.compute().keypairs().list().stream().filter(k -> ours.test(k.getName()))
                    .forEach(k -> found.add("keypair " + k.getName()));
            os.networking().network().list().stream().filter(n -> ours.test(n.getName()))
                    .forEach(n -> found.add("network " + n.getName()));
            os.networking().network().list(Map.of("tags", tag)).stream().filter(n -> !ours.test(n.getName()))
                    .forEach(n -> found.add("network " + n.getName()));
            os.networking().subnet().list().stream().filter(s -> ours.test(s.getName()))
                    .forEach(s -> found.add("subnet " + s.getName()));
            os.networking().router().list().stream().filter(r -> ours.test(r.getName()))
                    .forEach(r -> found.add("router " + r.getName()));
            os.networking().port().list().stream().filter(p -> ours.test(p.getName()))
                    .forEach(p -> found.add("port " + p.getName()));
            os.networking().securitygroup().list().stream().filter(g -> ours.test(g.getName()))
                    .forEach(g -> found.add("security-group " + g.getName()));
            os.networking().securityrule().list().stream().filter(r -> ours.test(r.getDescription()))
                    .forEach(r -> found.add("security-group-rule " + r.getDescription()));
            os.networking().floatingip().list().stream().filter(f -> ours.test(f.getDescription()))
                    .forEach(f -> found.add("floating-ip " + f.getDescription()));
            return found;
        }
    }
}
