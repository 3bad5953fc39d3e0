package io.opencenter.installer.preflight;

import io.opencenter.installer.openstack.CloudService;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The region exists in the service catalog and has every service the installer calls. Region names are compared
 * exactly, as OpenStack does (one lesson of the reference deployment: case-insensitive in one place and not in
 * another broke it); a case-only difference becomes the hint.
 */
public final class ServiceCatalogCheck {
    static final String PATH = ConfigField.REGION.path();

    private ServiceCatalogCheck() {}

    /**
     * Nova, Neutron and Glance always; Cinder when a node boots from a volume or Cinder CSI will run. (Keystone
     * answered the login that produced the catalog.)
     */
    public static List<CloudService> needed(ClusterConfig config) {
        List<CloudService> services = new ArrayList<>(List.of(CloudService.COMPUTE, CloudService.NETWORK,
                CloudService.IMAGE));
        boolean volumes = NodeGroup.of(config).stream().anyMatch(NodeGroup::bootsFromVolume);
        String profile = config.spec() == null || config.spec().platform() == null
                ? null : config.spec().platform().profile();
        if (volumes || Profile.fromId(profile) == Profile.OPENSTACK) {
            services.add(CloudService.BLOCK_STORAGE);
        }
        return services;
    }

    /** The region the installer will use: the config's, else the cloud entry's, else the catalog's only one. */
    public static String effectiveRegion(ClusterConfig config, String profileRegion, List<Endpoint> catalog) {
        String configured = config.spec() == null || config.spec().cloud() == null ? null : config.spec().cloud().region();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (profileRegion != null && !profileRegion.isBlank()) {
            return profileRegion;
        }
        Set<String> regions = regions(catalog);
        return regions.size() == 1 ? regions.iterator().next() : null;
    }

    public static Set<String> regions(List<Endpoint> catalog) {
        Set<String> regions = new LinkedHashSet<>();
        catalog.stream().map(Endpoint::region).filter(r -> r != null && !r.isBlank()).forEach(regions::add);
        return regions;
    }

    public static List<Finding> check(ClusterConfig config, String profileRegion, String interfaceType,
                                      List<Endpoint> catalog) {
        List<Finding> findings = new ArrayList<>();
        Set<String> regions = regions(catalog);
        String region = effectiveRegion(config, profileRegion, catalog);
        if (region == null) {
            findings.add(Finding.error(PATH, "the cloud has several regions (" + Suggestions.list(regions)
                    + ") and neither the config nor the cloud entry names one", "set " + PATH + " to one of them"));
            return findings;
        }
        if (!regions.contains(region)) {
            findings.add(Finding.error(PATH, "region " + region + " is not in the service catalog",
                    Suggestions.hint(region, regions, "regions")));
            return findings;
        }
        for (CloudService service : needed(config)) {
            boolean inRegion = catalog.stream().anyMatch(e -> service.matches(e.serviceType())
                    && region.equals(e.region()) && interfaceType.equals(e.interfaceType()));
            if (!inRegion) {
                findings.add(Finding.error(PATH, "service " + service.label() + " has no " + interfaceType
                        + " endpoint in region " + region, missingHint(service, region, catalog)));
            }
        }
        return findings;
    }

    private static String missingHint(CloudService service, String region, List<Endpoint> catalog) {
        Set<String> elsewhere = new LinkedHashSet<>();
        Set<String> here = new LinkedHashSet<>();
        for (Endpoint e : catalog) {
            if (service.matches(e.serviceType()) && e.region() != null) {
                elsewhere.add(e.region());
            }
            if (region.equals(e.region())) {
                here.add(e.serviceType());
            }
        }
        String where = elsewhere.isEmpty() ? "no region of this cloud has it"
                : "regions that have it: " + Suggestions.list(elsewhere);
        return where + "; services in " + region + ": " + (here.isEmpty() ? "none" : Suggestions.list(here));
    }
}
