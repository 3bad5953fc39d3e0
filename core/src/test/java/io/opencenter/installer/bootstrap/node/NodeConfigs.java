package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.SpecYaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Cluster configs for the user-data tests, written as config files and read through {@link SpecYaml} (so they
 * follow the config format, not the records' constructors). Every value is written as a JSON string, which YAML
 * reads as a double-quoted scalar: names with YAML-special characters arrive unchanged.
 */
final class NodeConfigs {
    private static final ObjectMapper JSON = new ObjectMapper();

    String name = "demo";
    String version = "1.35.4";
    int controlPlanes = 3;
    final List<String[]> pools = new ArrayList<>(List.<String[]>of(new String[] {"default", "2"}));
    String oidcIssuer;
    String oidcClient;
    String registry;
    final List<String> disabled = new ArrayList<>();

    static NodeConfigs demo() {
        return new NodeConfigs();
    }

    NodeConfigs name(String value) {
        name = value;
        return this;
    }

    NodeConfigs version(String value) {
        version = value;
        return this;
    }

    NodeConfigs controlPlanes(int count) {
        controlPlanes = count;
        return this;
    }

    NodeConfigs pools(List<String[]> namesAndCounts) {
        pools.clear();
        pools.addAll(namesAndCounts);
        return this;
    }

    NodeConfigs oidc(String issuer, String client) {
        oidcIssuer = issuer;
        oidcClient = client;
        return this;
    }

    NodeConfigs offline(String registryHost) {
        registry = registryHost;
        return this;
    }

    NodeConfigs disable(String service) {
        disabled.add(service);
        return this;
    }

    ClusterConfig config() {
        StringBuilder y = new StringBuilder();
        y.append("apiVersion: installer.opencenter.io/v1alpha1\nkind: Cluster\n");
        y.append("metadata:\n  name: ").append(q(name)).append('\n');
        y.append("spec:\n");
        y.append("  cloud: {name: mycloud, region: RegionOne}\n");
        y.append("  kubernetes:\n    version: ").append(q(version)).append('\n');
        y.append("    podCidr: 10.244.0.0/16\n    serviceCidr: 10.96.0.0/12\n    apiVip: 10.20.0.10\n");
        y.append("  network:\n    nodeCidr: 10.20.0.0/24\n    externalNetwork: public\n");
        y.append("    dnsNameservers: [1.1.1.1]\n    metallbPool: 10.20.0.200-10.20.0.220\n");
        y.append("  controlPlane: {count: ").append(controlPlanes)
                .append(", flavor: m1.large, image: ubuntu-24.04, volumeSizeGb: 40}\n");
        y.append("  workerPools:\n");
        for (String[] pool : pools) {
            y.append("    - {name: ").append(q(pool[0])).append(", count: ").append(pool[1])
                    .append(", flavor: m1.xlarge, image: ubuntu-24.04, volumeSizeGb: 100}\n");
        }
        y.append("  platform:\n    profile: openstack\n");
        if (!disabled.isEmpty()) {
            y.append("    disabled: [").append(String.join(", ", disabled.stream().map(NodeConfigs::q).toList()))
                    .append("]\n");
        }
        if (oidcIssuer != null) {
            y.append("    oidc: {issuerUrl: ").append(q(oidcIssuer));
            if (oidcClient != null) {
                y.append(", clientId: ").append(q(oidcClient));
            }
            y.append("}\n");
        }
        if (registry != null) {
            y.append("  offline: {bundle: /media/usb/bundle.tar, registry: ").append(q(registry)).append("}\n");
        }
        SpecYaml.LoadResult read = SpecYaml.parse(y.toString());
        if (read.config() == null || read.findings().stream().anyMatch(f -> f.isError())) {
            throw new IllegalStateException("test config not readable: " + read.findings() + "\n" + y);
        }
        return read.config();
    }

    private static String q(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
