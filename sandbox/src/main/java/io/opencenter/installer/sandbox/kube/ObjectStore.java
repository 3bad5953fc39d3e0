package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * fabric8's CRUD mock store (objects, resourceVersions, watches, patches, finalizers, the status subresource of
 * CRDs) with what the sandbox needs on top: a CRD is Established as soon as it is stored (no apiextensions
 * controller runs here, and the mock serves a CRD's kind at once), and the store can be listed for the state file
 * and filled from it. Every call comes through {@link ApiDispatcher}, one write at a time.
 */
final class ObjectStore extends KubernetesCrudDispatcher {

    static final String CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

    /**
     * Set while {@link ServerSideApply} writes a whole object it merged itself (status and managedFields included):
     * the mock would otherwise keep the old status on the main path and the old metadata on the status path.
     */
    private final ThreadLocal<Boolean> wholeObjectWrite = ThreadLocal.withInitial(() -> false);
    /** The mock keeps its counter private; every version it hands out passes {@link #requestResourceVersion()}. */
    private final AtomicLong lastVersion = new AtomicLong();

    /** One stored object: the resource plural it lives under (the mock's key needs it) and its JSON text. */
    record Stored(String plural, String json) {

        JsonNode object() {
            return Serialization.unmarshal(json, JsonNode.class);
        }
    }

    @Override
    public boolean isStatusSubresourceEnabledForResource(String path) {
        return !wholeObjectWrite.get() && super.isStatusSubresourceEnabledForResource(path);
    }

    /** Whether writes to the main path of this kind keep the stored status (a CRD with a status subresource). */
    boolean hasStatusSubresource(String path) {
        return super.isStatusSubresourceEnabledForResource(path);
    }

    /** Runs a write that carries the whole object, status and metadata as given. */
    <T> T wholeObject(Supplier<T> write) {
        wholeObjectWrite.set(true);
        try {
            return write.get();
        } finally {
            wholeObjectWrite.set(false);
        }
    }

    @Override
    public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
                             GenericKubernetesResource resource, String newState) {
        String state = newState;
        if (newState != null && path.startsWith(CRD_PATH)) {
            state = established(newState);
        }
        super.processEvent(path, pathAttributes, oldAttributes, resource, state);
    }

    /** The CRD with NamesAccepted and Established True, as the apiextensions controller sets them. */
    private static String established(String crdJson) {
        ObjectNode crd = (ObjectNode) Serialization.unmarshal(crdJson, JsonNode.class);
        ObjectNode status = crd.withObjectProperty("status");
        ArrayNode conditions = status.withArray("conditions");
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        for (String type : List.of("NamesAccepted", "Established")) {
            boolean present = false;
            for (JsonNode c : conditions) {
                present |= type.equals(c.path("type").asText());
            }
            if (!present) {
                ObjectNode c = conditions.addObject();
                c.put("type", type).put("status", "True").put("lastTransitionTime", now);
                c.put("reason", type.equals("Established") ? "InitialNamesAccepted" : "NoConflicts");
                c.put("message", type.equals("Established") ? "the initial names have been accepted"
                        : "no conflicts found");
            }
        }
        ObjectNode names = (ObjectNode) crd.path("spec").path("names");
        if (!names.isMissingNode() && !status.has("acceptedNames")) {
            status.set("acceptedNames", names.deepCopy());
        }
        if (!status.has("storedVersions")) {
            ArrayNode stored = status.putArray("storedVersions");
            for (JsonNode v : crd.path("spec").path("versions")) {
                if (v.path("storage").asBoolean(false)) {
                    stored.add(v.path("name").asText());
                }
            }
        }
        return Serialization.asJson(crd);
    }

    @Override
    public long requestResourceVersion() {
        long version = super.requestResourceVersion();
        lastVersion.set(version);
        return version;
    }

    /**
     * A watch from a resourceVersion: the mock opens every watch by sending each matching object as ADDED (right for
     * a watch without one); a client that listed first already has those at or below the version it lists at, so
     * they are left out, as the API server would. Deletions between the list and the watch are not replayed.
     */
    @Override
    public MockResponse handleWatch(String path) {
        MockResponse watch = super.handleWatch(path);
        long from = ApiPath.parse(path) == null ? 0 : parseVersion(ApiPath.parse(path).query().get("resourceVersion"));
        if (from <= 0 || watch.getWebSocketListener() == null) {
            return watch;
        }
        return new MockResponse().withWebSocketUpgrade(new WatchFrom(watch.getWebSocketListener(), from));
    }

    private static long parseVersion(String v) {
        try {
            return v == null || v.isEmpty() ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The newest resourceVersion handed out (the next write gets a larger one). */
    long resourceVersion() {
        return lastVersion.get();
    }

    /** Every stored object, in the store's order. Called with writes held off (see ApiDispatcher). */
    List<Stored> snapshot() {
        List<Stored> out = new ArrayList<>();
        synchronized (map) {
            for (Map.Entry<AttributeSet, String> e : map.entrySet()) {
                Attribute plural = e.getKey().getAttribute(KubernetesAttributesExtractor.PLURAL);
                String name = plural == null ? "" : plural.getValues().iterator().next().toString();
                out.add(new Stored(name, e.getValue()));
            }
        }
        return out;
    }

    /**
     * Fills an empty store from a saved state, before the server listens: CRDs first (so their kinds have plurals),
     * then every object under the key the mock would have given it, then the resourceVersion counter moved past
     * the saved one, so that versions keep increasing across restarts (informers and waits rely on it).
     */
    void restore(List<Stored> objects, long resourceVersion) {
        for (Stored s : objects) {
            if (isCrd(s.object())) {
                CustomResourceDefinition crd = Serialization.unmarshal(s.json(), CustomResourceDefinition.class);
                expectCustomResource(CustomResourceDefinitionContext.fromCrd(crd));
            }
        }
        KubernetesAttributesExtractor extractor = (KubernetesAttributesExtractor) attributeExtractor;
        for (Stored s : objects) {
            String json = s.json();
            AttributeSet key = extractor.fromResource(json);
            if (!key.containsKey(KubernetesAttributesExtractor.PLURAL) && !s.plural().isEmpty()) {
                key = key.add(new Attribute(KubernetesAttributesExtractor.PLURAL, s.plural()));
            }
            map.put(key, json);
        }
        // the counter is private to the mock: advance it the one way it offers
        while (requestResourceVersion() < resourceVersion) {
            // nothing else to do: each call takes the next version
        }
    }

    private static boolean isCrd(JsonNode object) {
        return "CustomResourceDefinition".equals(object.path("kind").asText())
                && object.path("apiVersion").asText().startsWith("apiextensions.k8s.io/");
    }
}
