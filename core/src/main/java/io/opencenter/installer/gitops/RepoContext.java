package io.opencenter.installer.gitops;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceSelection;
import io.opencenter.installer.spec.AddressRange;
import io.opencenter.installer.spec.ClusterConfig;
import java.util.List;

/**
 * What every part of the generator reads: the config, the catalog, the selected services and the few facts derived
 * from the config (the Gateway's address: the first address of the MetalLB pool, as {@code spec.OidcDefaults} has
 * the API server expect Keycloak there).
 */
record RepoContext(ClusterConfig config, Catalog catalog, ServiceSelection selection, ChartSource charts,
                   AddressRange pool) {

    static RepoContext of(RepoInputs in) {
        ClusterConfig config = in.config();
        if (config.name() == null || config.spec() == null) {
            throw new IllegalArgumentException("the cluster config has no metadata.name or spec");
        }
        var platform = config.spec().platform();
        Profile profile = Profile.fromId(platform == null ? null : platform.profile());
        List<String> disabled = platform == null || platform.disabled() == null ? List.of() : platform.disabled();
        String pool = config.spec().network() == null ? null : config.spec().network().metallbPool();
        if (pool == null || pool.isBlank()) {
            throw new IllegalArgumentException("spec.network.metallbPool is empty: the repository's MetalLB "
                    + "IPAddressPool and the Gateway's address come from it; set it to a range inside "
                    + "spec.network.nodeCidr, e.g. 10.20.0.200-10.20.0.220");
        }
        AddressRange range;
        try {
            range = AddressRange.parse(pool);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("spec.network.metallbPool " + pool + " is not a range: " + e.getMessage());
        }
        return new RepoContext(config, in.catalog(), in.catalog().select(profile, disabled), in.charts(), range);
    }

    String clusterName() {
        return config.name();
    }

    /** The address the shared Gateway's Service gets from MetalLB. */
    String gatewayIp() {
        return pool.start().toString();
    }

    boolean enabled(String serviceId) {
        return selection.isEnabled(serviceId);
    }

    /** The enabled services in rollout order (stable: the catalog's order within each wave). */
    List<ServiceDef> services() {
        return catalog.rolloutOrder(selection);
    }
}
