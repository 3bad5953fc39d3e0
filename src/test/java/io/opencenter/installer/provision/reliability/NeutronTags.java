package io.opencenter.installer.provision.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.types.Facing;
import org.openstack4j.model.identity.v3.Endpoint;
import org.openstack4j.model.identity.v3.Service;

/**
 * The ids of the Neutron objects carrying one tag, one {@code GET <collection>?tags=...&fields=id} per collection
 * with the openstack4j client's own token (openstack4j 3.12's models have no tags and only some of its lists take
 * filters; asking per object would cost a call per object on a busy shared cloud).
 */
final class NeutronTags {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String token;
    private final String base;
    private final String tag;

    NeutronTags(OSClientV3 os, String tag) {
        this.token = os.getToken().getId();
        this.base = neutronV2(os);
        this.tag = tag;
    }

    /** {@code collection} as in the URL ({@code security-groups}); its JSON key has an underscore instead. */
    Set<String> ids(String collection) {
        URI uri = URI.create(base + "/" + collection + "?fields=id&tags="
                + URLEncoder.encode(tag, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("X-Auth-Token", token)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + answer.statusCode());
            }
            Set<String> ids = new HashSet<>();
            JSON.readTree(answer.body()).path(collection.replace('-', '_')).forEach(n -> ids.add(n.path("id").asText()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String neutronV2(OSClientV3 os) {
        for (Service service : os.getToken().getCatalog()) {
            if (!"network".equals(service.getType())) {
                continue;
            }
            for (Endpoint e : service.getEndpoints()) {
                if (e.getIface() == Facing.PUBLIC) {
                    String url = e.getUrl().toString().replaceAll("/+$", "");
                    return url.endsWith("/v2.0") ? url : url + "/v2.0";
                }
            }
        }
        throw new IllegalStateException("no public network endpoint in the catalog");
    }
}
