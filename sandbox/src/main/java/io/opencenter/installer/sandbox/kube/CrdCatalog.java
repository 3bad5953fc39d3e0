package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.mockwebserver.http.MockResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CustomResourceDefinitions in the store, read once after each change to one: what discovery lists and what
 * validation checks custom objects against. Every stored CRD is served (it is Established as soon as stored).
 */
final class CrdCatalog {

    /** One served version of a CRD's kind. */
    record ServedKind(String group, String version, String kind, String plural, String singular, boolean namespaced,
                      boolean statusSubresource, JsonNode schema, List<String> shortNames, List<String> categories) {

        String apiVersion() {
            return group + "/" + version;
        }
    }

    private final ObjectStore store;
    /** Counts CRD changes, so that a read that raced with a change is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Cached cached = new Cached(-1, List.of());

    private record Cached(long change, List<ServedKind> kinds) {
    }

    CrdCatalog(ObjectStore store) {
        this.store = store;
    }

    /** Called after any write to a CRD. */
    void changed() {
        changes.incrementAndGet();
    }

    List<ServedKind> kinds() {
        long change = changes.get();
        Cached c = cached;
        if (c.change() == change) {
            return c.kinds();
        }
        List<ServedKind> read = read();
        cached = new Cached(change, read); // if a change came meanwhile, the next call sees the count moved on
        return read;
    }

    Optional<ServedKind> find(String apiVersion, String kind) {
        return kinds().stream().filter(k -> k.apiVersion().equals(apiVersion) && k.kind().equals(kind)).findFirst();
    }

    private List<ServedKind> read() {
        MockResponse list = store.handleGet(ObjectStore.CRD_PATH);
        List<ServedKind> out = new ArrayList<>();
        for (JsonNode crd : Responses.body(list).path("items")) {
            JsonNode spec = crd.path("spec");
            JsonNode names = spec.path("names");
            for (JsonNode v : spec.path("versions")) {
                if (!v.path("served").asBoolean(true)) {
                    continue;
                }
                out.add(new ServedKind(spec.path("group").asText(), v.path("name").asText(),
                        names.path("kind").asText(), names.path("plural").asText(),
                        names.path("singular").asText(names.path("kind").asText().toLowerCase()),
                        !"Cluster".equals(spec.path("scope").asText()),
                        v.path("subresources").has("status"), v.path("schema").path("openAPIV3Schema"),
                        texts(names.path("shortNames")), texts(names.path("categories"))));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.asText()));
        return List.copyOf(out);
    }
}
