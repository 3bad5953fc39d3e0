package io.opencenter.installer.sandbox.identity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The token's service catalog, laid out like a devstack deployment behind one web server: every service under
 * its own path of the sandbox's port, the same URL for the public, internal and admin interfaces. Cinder is
 * listed twice (volumev3 and block-storage) as Zed deployments do, volumev3 first because openstack4j picks the
 * first entry whose type matches "volume…".
 */
public final class ServiceCatalog {
    public static final String REGION = "RegionOne";

    private record Entry(String type, String name, String path) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("identity", "keystone", "/identity/v3"),
            new Entry("compute", "nova", "/compute/v2.1"),
            new Entry("network", "neutron", "/networking"),
            new Entry("volumev3", "cinderv3", "/volume/v3/%(project_id)s"),
            new Entry("block-storage", "cinder", "/volume/v3/%(project_id)s"),
            new Entry("image", "glance", "/image"),
            new Entry("load-balancer", "octavia", "/load-balancer"));

    private final String rootUrl;
    private final List<String> regions;

    public ServiceCatalog(String rootUrl, String extraRegion) {
        this.rootUrl = rootUrl;
        this.regions = new ArrayList<>(List.of(REGION));
        if (extraRegion != null && !extraRegion.isBlank()) {
            regions.add(extraRegion);
        }
    }

    public List<String> regions() {
        return regions;
    }

    /** The {@code catalog} array of a token scoped to {@code projectId}. */
    public ArrayNode forProject(String projectId) {
        ArrayNode catalog = Json.arr();
        for (Entry e : ENTRIES) {
            ObjectNode service = catalog.addObject();
            ArrayNode endpoints = service.putArray("endpoints");
            String url = rootUrl + e.path().replace("%(project_id)s", projectId);
            for (String region : regions) {
                for (String iface : List.of("public", "internal", "admin")) {
                    endpoints.addObject()
                            .put("id", stableId(e.type() + region + iface))
                            .put("interface", iface)
                            .put("region_id", region)
                            .put("url", url)
                            .put("region", region);
                }
            }
            service.put("id", stableId(e.type())).put("type", e.type()).put("name", e.name());
        }
        return catalog;
    }

    static String stableId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
