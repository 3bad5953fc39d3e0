package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Server-side apply ({@code PATCH application/apply-patch+yaml}), which fabric8's mock answers with 404 or 415:
 * create the object when it is missing, else merge the applied configuration into it, with a simplified field
 * ownership kept in {@code metadata.managedFields} (one {@code Apply} entry per manager and subresource):
 * <ul>
 *   <li>a field another manager owns with a different value is a 409 conflict naming that manager, unless forced
 *       (then the field changes hands);</li>
 *   <li>a field the manager applied before and no longer sends is removed, unless another manager owns it too;</li>
 *   <li>an apply that changes nothing writes nothing (the resourceVersion stays).</li>
 * </ul>
 * Not modelled: lists are atomic (no merge by key), writes other than apply ({@code Update} operations) own no
 * fields, and no defaulting or pruning happens. On the status subresource only {@code status} is taken; on the main
 * path of a kind with a status subresource, {@code status} is ignored.
 */
final class ServerSideApply {

    private final ObjectStore store;
    private final ObjectValidation validation;

    ServerSideApply(ObjectStore store, ObjectValidation validation) {
        this.store = store;
        this.validation = validation;
    }

    /** The manager's apply of {@code applied} at {@code path} (no query string). */
    MockResponse apply(ApiPath path, JsonNode applied, String manager, boolean force) {
        if (manager == null || manager.isBlank()) {
            return Responses.failure(400, "BadRequest",
                    "PATCH requests with apply content type must specify a fieldManager");
        }
        if (!applied.isObject()) {
            return Responses.failure(400, "BadRequest", "the applied configuration is not an object");
        }
        String mismatch = identityMismatch(path, applied);
        if (mismatch != null) {
            return Responses.failure(400, "BadRequest", mismatch);
        }
        String subresource = path.status() ? "status" : "";
        ObjectNode config = scope((ObjectNode) applied, path);
        JsonNode current = Responses.body(store.handleGet(path.objectPath()));
        if (current.isMissingNode()) {
            return path.status() ? Responses.notFound(path.describe() + " not found") : create(path, config, manager);
        }
        return update(path, (ObjectNode) current, config, manager, subresource, force);
    }

    /** What this apply may set: only status on the status subresource; no status where a subresource guards it. */
    private ObjectNode scope(ObjectNode applied, ApiPath path) {
        ObjectNode config = applied.deepCopy();
        if (path.status()) {
            ObjectNode only = JsonNodeFactory.instance.objectNode();
            only.set("apiVersion", config.get("apiVersion"));
            only.set("kind", config.get("kind"));
            only.set("metadata", config.path("metadata").isObject() ? config.get("metadata") : only.objectNode());
            ((ObjectNode) only.get("metadata")).retain("name", "namespace");
            if (config.has("status")) {
                only.set("status", config.get("status"));
            }
            return only;
        }
        if (store.hasStatusSubresource(path.objectPath())) {
            config.remove("status");
        }
        return config;
    }

    private MockResponse create(ApiPath path, ObjectNode config, String manager) {
        ObjectNode object = config.deepCopy();
        ObjectNode meta = object.withObjectProperty("metadata");
        meta.put("name", path.name());
        ArrayNode managed = meta.putArray("managedFields");
        managed.add(entry(manager, "", object.path("apiVersion").asText(), FieldPaths.of(config)));
        List<String> invalid = validation.check(object);
        if (!invalid.isEmpty()) {
            return ObjectValidation.invalid(path, invalid);
        }
        return store.handleCreate(Responses.request(HttpMethod.POST, path.collectionPath(), object));
    }

    private MockResponse update(ApiPath path, ObjectNode current, ObjectNode config, String manager,
                                String subresource, boolean force) {
        Set<List<String>> fields = FieldPaths.of(config);
        List<Owner> owners = owners(current);
        Map<String, List<List<String>>> conflicts = new LinkedHashMap<>();
        Map<Owner, Set<List<String>>> taken = new IdentityHashMap<>(); // an owner's fields change below
        for (Owner other : owners) {
            if (other.manager.equals(manager) && other.subresource.equals(subresource)) {
                continue;
            }
            for (List<String> p : fields) {
                if (FieldPaths.at(current, p).equals(FieldPaths.at(config, p))) {
                    continue; // the same value: both own it, no conflict
                }
                for (List<String> q : other.fields) {
                    if (touches(p, q, current, config)) {
                        conflicts.computeIfAbsent(other.manager, k -> new ArrayList<>()).add(p);
                        taken.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(q);
                    }
                }
            }
        }
        if (!conflicts.isEmpty() && !force) {
            return conflict(conflicts, config.path("apiVersion").asText());
        }
        // forced: the conflicting fields change hands
        taken.forEach((other, fieldsTaken) -> other.fields.removeAll(fieldsTaken));
        Owner mine = owners.stream().filter(o -> o.manager.equals(manager) && o.subresource.equals(subresource)
                && o.operation.equals("Apply")).findFirst().orElse(null);

        ObjectNode result = current.deepCopy();
        if (mine != null) {
            for (List<String> gone : mine.fields) {
                // still sent: the field itself or something inside it, or an atomic value that holds it
                boolean stillSent = fields.stream().anyMatch(p -> FieldPaths.within(p, gone)
                        || FieldPaths.within(gone, p) && !FieldPaths.at(config, p).isObject());
                boolean ownedElsewhere = owners.stream().filter(o -> o != mine)
                        .anyMatch(o -> o.fields.stream().anyMatch(q -> FieldPaths.overlap(q, gone)));
                if (!stillSent && !ownedElsewhere) {
                    FieldPaths.remove(result, gone);
                }
            }
        }
        merge(result, config);

        String apiVersion = config.path("apiVersion").asText();
        // first with the manager's entry as it was: if that changes nothing, the apply was a no-op
        result.withObjectProperty("metadata").set("managedFields",
                managedFields(owners, mine, new Owner(manager, "Apply", subresource, null, fields, fields), apiVersion,
                        true));
        if (result.equals(current)) {
            return Responses.json(200, current); // nothing changed: nothing written
        }
        result.withObjectProperty("metadata").set("managedFields",
                managedFields(owners, mine, new Owner(manager, "Apply", subresource, null, fields, fields), apiVersion,
                        false));
        List<String> invalid = validation.check(result);
        if (!invalid.isEmpty()) {
            return ObjectValidation.invalid(path, invalid);
        }
        return store.wholeObject(() -> store.handleUpdate(
                Responses.request(HttpMethod.PUT, path.objectPath(), result)));
    }

    /**
     * The entries after this apply: the others as they are now (an emptied one dropped), the manager's own with the
     * applied fields; {@code keepTime}: the manager's old entry as it was when its fields did not change.
     */
    private static ArrayNode managedFields(List<Owner> owners, Owner mine, Owner applied, String apiVersion,
                                           boolean keepTime) {
        ArrayNode managed = JsonNodeFactory.instance.arrayNode();
        for (Owner o : owners) {
            if (o == mine) {
                managed.add(keepTime && o.fields.equals(applied.fields) ? o.raw
                        : entry(applied.manager, applied.subresource, apiVersion, applied.fields));
            } else if (o.fields.equals(o.originalFields)) {
                managed.add(o.raw);
            } else if (!o.fields.isEmpty()) {
                managed.add(entryOf(o.raw, FieldPaths.toFieldsV1(o.fields)));
            }
        }
        if (mine == null) {
            managed.add(entry(applied.manager, applied.subresource, apiVersion, applied.fields));
        }
        return managed;
    }

    /**
     * Whether setting {@code p} changes the field {@code q} another manager owns: the same field; a field inside
     * {@code p} when {@code p} is set whole (a scalar or a list, not a map, which is merged key by key); a field
     * {@code q} that is itself set whole and holds {@code p}.
     */
    private static boolean touches(List<String> p, List<String> q, JsonNode current, JsonNode config) {
        if (p.equals(q)) {
            return true;
        }
        if (FieldPaths.within(q, p)) {
            return !FieldPaths.at(config, p).isObject();
        }
        return FieldPaths.within(p, q) && !FieldPaths.at(current, q).isObject();
    }

    /** Maps merged key by key; anything else (scalars, lists) replaced. */
    private static void merge(ObjectNode into, JsonNode from) {
        for (Map.Entry<String, JsonNode> f : from.properties()) {
            JsonNode existing = into.get(f.getKey());
            if (existing != null && existing.isObject() && f.getValue().isObject()) {
                merge((ObjectNode) existing, f.getValue());
            } else {
                into.set(f.getKey(), f.getValue().deepCopy());
            }
        }
    }

    private static MockResponse conflict(Map<String, List<List<String>>> conflicts, String apiVersion) {
        List<String[]> causes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (Map.Entry<String, List<List<String>>> c : conflicts.entrySet()) {
            Set<String> fields = new LinkedHashSet<>();
            c.getValue().forEach(p -> fields.add(FieldPaths.display(p)));
            String with = "conflict with \"" + c.getKey() + "\" using " + apiVersion;
            for (String f : fields) {
                causes.add(new String[] {"FieldManagerConflict", with, f});
            }
            count += fields.size();
            text.append(text.isEmpty() ? "" : "\n").append(fields.size() == 1 ? with + ": " + fields.iterator().next()
                    : with.replace("conflict with", "conflicts with") + ":\n- " + String.join("\n- ", fields));
        }
        String message = "Apply failed with " + count + " conflict" + (count == 1 ? "" : "s") + ": " + text;
        return Responses.failure(409, "Conflict", message, causes);
    }

    private static String identityMismatch(ApiPath path, JsonNode applied) {
        String name = applied.path("metadata").path("name").asText("");
        if (!name.isEmpty() && !name.equals(path.name())) {
            return "the name of the object (" + name + ") does not match the name on the URL (" + path.name() + ")";
        }
        String ns = applied.path("metadata").path("namespace").asText("");
        if (!ns.isEmpty() && path.namespace() != null && !ns.equals(path.namespace())) {
            return "the namespace of the object (" + ns + ") does not match the namespace on the URL ("
                    + path.namespace() + ")";
        }
        return null;
    }

    private static ObjectNode entry(String manager, String subresource, String apiVersion, Set<List<String>> fields) {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("manager", manager).put("operation", "Apply").put("apiVersion", apiVersion)
                .put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).put("fieldsType", "FieldsV1");
        e.set("fieldsV1", FieldPaths.toFieldsV1(fields));
        if (!subresource.isEmpty()) {
            e.put("subresource", subresource);
        }
        return e;
    }

    private static ObjectNode entryOf(ObjectNode raw, ObjectNode fieldsV1) {
        ObjectNode e = raw.deepCopy();
        e.set("fieldsV1", fieldsV1);
        return e;
    }

    private static List<Owner> owners(JsonNode current) {
        List<Owner> out = new ArrayList<>();
        for (JsonNode e : current.path("metadata").path("managedFields")) {
            Set<List<String>> fields = FieldPaths.fromFieldsV1(e.path("fieldsV1"));
            out.add(new Owner(e.path("manager").asText(""), e.path("operation").asText(""),
                    e.path("subresource").asText(""), (ObjectNode) e, new LinkedHashSet<>(fields), Set.copyOf(fields)));
        }
        return out;
    }

    /** One managedFields entry, its fields editable while an apply takes some over. */
    private record Owner(String manager, String operation, String subresource, ObjectNode raw,
                         Set<List<String>> fields, Set<List<String>> originalFields) {
    }
}
