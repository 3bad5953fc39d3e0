package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Finds a service's URL in the Keystone catalog for the profile's region and interface, and explains what exists
 * when it is not there (the regions, or the service types), as the preflight and the Cloud page show it.
 */
public final class ServiceCatalog {

    /** Catalog types that mean the same service; Cinder is registered under several names over the releases. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "volume", List.of("volumev3", "block-storage", "volume", "volumev2"),
            "volumev3", List.of("volumev3", "block-storage", "volume", "volumev2"),
            "block-storage", List.of("block-storage", "volumev3", "volume", "volumev2"),
            "compute", List.of("compute"),
            "network", List.of("network"),
            "image", List.of("image"),
            "identity", List.of("identity"));

    private final List<Endpoint> endpoints;
    private final String region;
    private final String interfaceType;

    public ServiceCatalog(List<Endpoint> endpoints, String region, String interfaceType) {
        this.endpoints = endpoints == null ? List.of() : endpoints;
        this.region = region == null || region.isBlank() ? null : region;
        this.interfaceType = interfaceType;
    }

    public List<String> regions() {
        return List.copyOf(new TreeSet<>(endpoints.stream().map(Endpoint::region).filter(Objects::nonNull).toList()));
    }

    public List<String> serviceTypes() {
        return List.copyOf(new TreeSet<>(endpoints.stream().map(Endpoint::serviceType).toList()));
    }

    /** The URL (without a trailing slash) of {@code serviceType}, or NO_ENDPOINT saying what the catalog has. */
    public String url(String serviceType) {
        List<String> types = ALIASES.getOrDefault(serviceType, List.of(serviceType));
        List<Endpoint> ofService = endpoints.stream().filter(e -> types.contains(e.serviceType())).toList();
        if (ofService.isEmpty()) {
            throw new OpenStackException(Kind.NO_ENDPOINT, "the service catalog has no '" + serviceType
                    + "' service; services in the catalog: " + String.join(", ", serviceTypes()));
        }
        for (String type : types) {
            for (Endpoint e : ofService) {
                if (e.serviceType().equals(type) && (region == null || region.equals(e.region()))
                        && interfaceType.equals(e.interfaceType())) {
                    String url = e.url();
                    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
                }
            }
        }
        boolean regionKnown = region == null || ofService.stream().anyMatch(e -> region.equals(e.region()));
        if (!regionKnown) {
            throw new OpenStackException(Kind.NO_ENDPOINT, "no '" + serviceType + "' endpoint in region '" + region
                    + "'; regions in the catalog: " + String.join(", ", regions()));
        }
        throw new OpenStackException(Kind.NO_ENDPOINT, "no '" + interfaceType + "' endpoint of '" + serviceType
                + "'" + (region == null ? "" : " in region '" + region + "'") + "; interfaces there: "
                + String.join(", ", new TreeSet<>(ofService.stream().map(Endpoint::interfaceType).toList())));
    }
}
