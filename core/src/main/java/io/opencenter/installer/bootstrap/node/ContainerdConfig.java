package io.opencenter.installer.bootstrap.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * containerd's files on every node: {@code /etc/containerd/config.toml} (runc with the systemd cgroup driver, which
 * kubeadm's kubelet uses, and registry hosts read from {@value #CERTS_D}), and in an offline install one
 * {@code hosts.toml} per upstream registry that sends every pull to the offline registry.
 *
 * <p>The offline registry holds each upstream registry's images under a path named after it:
 * {@code docker.io/calico/node:v3.32.0} is pulled as {@code <registry>/docker.io/calico/node:v3.32.0}, so images of
 * equal names from different registries cannot collide. The bundle import pushes them there.
 *
 * <p>The config is written in containerd's version-2 format, which containerd 1.6 and 1.7 read as is and 2.x
 * migrates on load, so it works with what Debian 12 and Ubuntu 24.04 ship.
 */
final class ContainerdConfig {
    static final String CONFIG_PATH = "/etc/containerd/config.toml";
    static final String CERTS_D = "/etc/containerd/certs.d";

    /** Every registry the cluster's images come from, and the endpoint containerd would use without a mirror. */
    static final Map<String, String> UPSTREAM_REGISTRIES = upstreams();

    private ContainerdConfig() {}

    static String configToml() {
        return """
                # written by the openCenter installer's cloud-init
                version = 2

                [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
                  runtime_type = "io.containerd.runc.v2"

                [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
                  SystemdCgroup = true

                [plugins."io.containerd.grpc.v1.cri".registry]
                  config_path = "%s"
                """.formatted(CERTS_D);
    }

    /** {@code /etc/containerd/certs.d/<upstream>/hosts.toml}. */
    static String hostsPath(String upstream) {
        return CERTS_D + "/" + upstream + "/hosts.toml";
    }

    /**
     * The hosts.toml that sends pulls of {@code upstream}'s images to {@code mirror} ({@code host[:port][/path]},
     * HTTPS): {@code override_path} because the mirror's path already names the repository's place.
     */
    static String hostsToml(String upstream, String mirror) {
        String server = UPSTREAM_REGISTRIES.get(upstream);
        if (server == null) {
            throw new IllegalArgumentException("not a mirrored registry: " + upstream);
        }
        String mirrorHost = mirrorHost(mirror);
        String mirrorPath = mirror.strip().substring(mirrorHost.length());
        String url = "https://" + mirrorHost + "/v2" + mirrorPath + "/" + upstream;
        return """
                # written by the openCenter installer's cloud-init: offline install, pulls go to the bundle's registry
                server = %s

                [host.%s]
                  capabilities = ["pull", "resolve"]
                  override_path = true
                """.formatted(tomlString(server), tomlString(url));
    }

    /** {@code host[:port]} of an offline registry written {@code host[:port][/path]}. */
    static String mirrorHost(String mirror) {
        String m = mirror.strip();
        int slash = m.indexOf('/');
        return slash < 0 ? m : m.substring(0, slash);
    }

    /** The mirrored registries, in a stable order. */
    static List<String> mirrored() {
        return List.copyOf(UPSTREAM_REGISTRIES.keySet());
    }

    /** A TOML basic string: the value in double quotes, with {@code \} and {@code "} and controls escaped. */
    static String tomlString(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) {
                        b.append(String.format("\\u%04X", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static Map<String, String> upstreams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("docker.io", "https://registry-1.docker.io");
        m.put("registry.k8s.io", "https://registry.k8s.io");
        m.put("quay.io", "https://quay.io");
        m.put("ghcr.io", "https://ghcr.io");
        return Collections.unmodifiableMap(m);
    }
}
