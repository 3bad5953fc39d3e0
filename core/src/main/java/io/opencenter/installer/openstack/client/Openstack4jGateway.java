package io.opencenter.installer.openstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.openstack.ApplicationCredentials;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.OpenStackGateway;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.compute.ext.AvailabilityZone;
import org.openstack4j.model.network.IPVersionType;
import org.openstack4j.model.network.options.PortListOptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@link OpenStackGateway} on openstack4j 3.12 (okhttp connector). Login, retries, endpoint choice and error
 * mapping live in {@link CallRunner}; this class only says which request answers which question and converts
 * openstack4j's models to the port's records.
 */
public final class Openstack4jGateway implements OpenStackGateway {

    private final CallRunner calls;
    private final QuotaReader quotas;

    public Openstack4jGateway(CallRunner calls) {
        this.calls = calls;
        this.quotas = new QuotaReader(calls);
    }

    @Override
    public AuthInfo authenticate() {
        return calls.login().info();
    }

    @Override
    public List<String> regions() {
        return calls.catalog().regions();
    }

    @Override
    public List<String> availabilityZones() {
        return calls.openstack4j("compute", "list availability zones", "GET", "/os-availability-zone",
                c -> c.compute().zones().list().stream()
                        .filter(z -> z.getZoneState() == null || z.getZoneState().getAvailable())
                        .map(AvailabilityZone::getZoneName).distinct().sorted().toList());
    }

    @Override
    public List<Flavor> flavors() {
        return calls.openstack4j("compute", "list flavors", "GET", "/flavors/detail",
                c -> c.compute().flavors().list().stream()
                        .map(f -> new Flavor(f.getId(), f.getName(), f.getVcpus(), f.getRam(), f.getDisk(),
                                !Boolean.FALSE.equals(f.isPublic())))
                        .toList());
    }

    @Override
    public List<Image> images() {
        // Glance pages at 25 by default; ask for its maximum page so one call sees every image of a normal cloud.
        return calls.openstack4j("image", "list images", "GET", "/v2/images",
                c -> c.imagesV2().list(Map.of("limit", "1000")).stream()
                        .map(i -> new Image(i.getId(), i.getName(), i.getStatus() == null ? null
                                : i.getStatus().name().toLowerCase(), toInt(i.getMinDisk()), toInt(i.getMinRam()),
                                i.getOsDistro(), i.getOsVersion(), i.getSize() == null ? 0 : i.getSize()))
                        .toList());
    }

    @Override
    public List<Network> externalNetworks() {
        return networksMatching(Map.of("router:external", "true"), "list external networks");
    }

    @Override
    public List<Network> networks() {
        return networksMatching(Map.of(), "list networks");
    }

    @Override
    public List<Network> networksTagged(String tag) {
        return networksMatching(Map.of("tags", tag), "list networks tagged " + tag);
    }

    @Override
    public List<Subnet> subnets(String networkId) {
        return calls.openstack4j("network", "list subnets", "GET", "/v2.0/subnets",
                c -> c.networking().subnet().list().stream()
                        .filter(s -> networkId == null || networkId.equals(s.getNetworkId()))
                        .map(s -> new Subnet(s.getId(), s.getName(), s.getNetworkId(), s.getCidr(), s.getGateway(),
                                s.getIpVersion() == IPVersionType.V6 ? 6 : 4))
                        .toList());
    }

    @Override
    public List<Port> ports(String networkId) {
        PortListOptions options = PortListOptions.create();
        if (networkId != null) {
            options.networkId(networkId);
        }
        return calls.openstack4j("network", "list ports", "GET", "/v2.0/ports",
                c -> c.networking().port().list(options).stream()
                        .map(p -> new Port(p.getId(), p.getName(), p.getNetworkId(),
                                p.getFixedIps() == null ? List.of() : p.getFixedIps().stream()
                                        .map(ip -> ip.getIpAddress()).filter(Objects::nonNull).sorted().toList(),
                                p.getDeviceOwner(), p.getDeviceId()))
                        .toList());
    }

    @Override
    public List<String> keyPairs() {
        return calls.openstack4j("compute", "list key pairs", "GET", "/os-keypairs",
                c -> c.compute().keypairs().list().stream().map(k -> k.getName()).sorted().toList());
    }

    @Override
    public List<Quota> quotas() {
        return quotas.all(authenticate().projectId());
    }

    @Override
    public void probe(String serviceType) {
        switch (serviceType) {
            case "compute" -> calls.getJson("compute", "probe", "/flavors?limit=1");
            case "network" -> calls.getJson("network", "probe", "/networks?limit=1&fields=id");
            case "image" -> calls.getJson("image", "probe", "/images?limit=1");
            case "volume", "volumev3", "block-storage" -> calls.getJson(serviceType, "probe", "/limits");
            case "identity" -> calls.getJson("identity", "probe", "/auth/projects");
            default -> throw new OpenStackException(Kind.CONFIG, "no probe for service type '" + serviceType
                    + "'; known: compute, network, image, volumev3, identity");
        }
    }

    @Override
    public ApplicationCredentials applicationCredentials() {
        return new KeystoneApplicationCredentials(calls);
    }

    /** Both headers: Nova before 2.27 reads only the old one. A 406 means Nova does not offer the version. */
    @Override
    public boolean computeSupports(String version) {
        try {
            calls.sendJson("compute", "check API microversion " + version, "GET", "/flavors?limit=1", null,
                    Map.of("OpenStack-API-Version", "compute " + version, "X-OpenStack-Nova-API-Version", version));
            return true;
        } catch (OpenStackException e) {
            if (e.status() == 406) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Runs {@code body} with an openstack4j client bound to the calling thread, under the gateway's login, retry
     * and error mapping. For callers that need an openstack4j call the port does not offer (provisioning, tests).
     */
    public <T> T withClient(String service, String operation, Function<OSClientV3, T> body) {
        return calls.openstack4j(service, operation, "CALL", "", body);
    }

    /**
     * The same cloud and login with every request sent at most once (no retry policy, no silent HTTP repeat), for
     * creates: a create that timed out may have happened, so only the caller can decide whether to send it again.
     */
    public Openstack4jGateway sendingOnce() {
        return new Openstack4jGateway(calls.sendingOnce());
    }

    /**
     * A GET answered as JSON, for what openstack4j's models leave out (Neutron tags and descriptions); {@code path}
     * is relative to the service's versioned URL.
     */
    public JsonNode getJson(String service, String operation, String path) {
        return calls.getJson(service, operation, path);
    }

    /** A request with a JSON body openstack4j cannot send (e.g. Cinder volume metadata); see {@link CallRunner#sendJson}. */
    public JsonNode sendJson(String service, String operation, String method, String path, JsonNode body) {
        return calls.sendJson(service, operation, method, path, body);
    }

    /** {@link #sendJson(String, String, String, String, JsonNode)} with extra headers, e.g. a microversion. */
    public JsonNode sendJson(String service, String operation, String method, String path, JsonNode body,
                             Map<String, String> headers) {
        return calls.sendJson(service, operation, method, path, body, headers);
    }

    CallRunner calls() {
        return calls;
    }

    @Override
    public void close() {
        // Nothing pooled: openstack4j's okhttp connector builds a client per request, the JDK client is shared.
    }

    /**
     * openstack4j's Network model has no tags, so the same list is asked again for id + tags only and merged;
     * filters go to the server ({@code router:external}, {@code tags}).
     */
    private List<Network> networksMatching(Map<String, String> filter, String operation) {
        List<? extends org.openstack4j.model.network.Network> nets = calls.openstack4j("network", operation, "GET",
                "/v2.0/networks", c -> c.networking().network().list(new HashMap<>(filter)));
        StringBuilder query = new StringBuilder("/networks?fields=id&fields=tags");
        filter.forEach((k, v) -> query.append('&').append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        Map<String, List<String>> tags = new HashMap<>();
        for (JsonNode n : calls.getJson("network", operation + " (tags)", query.toString()).path("networks")) {
            List<String> t = new ArrayList<>();
            n.path("tags").forEach(x -> t.add(x.asText()));
            tags.put(n.path("id").asText(), List.copyOf(t));
        }
        return nets.stream()
                .map(n -> new Network(n.getId(), n.getName(), n.isRouterExternal(), n.isShared(),
                        n.getStatus() == null ? null : n.getStatus().name(),
                        n.getSubnets() == null ? List.of() : List.copyOf(n.getSubnets()),
                        tags.getOrDefault(n.getId(), List.of())))
                .toList();
    }

    private static int toInt(Long value) {
        return value == null ? 0 : (int) Math.min(Integer.MAX_VALUE, value);
    }
}
