package io.opencenter.installer.sandbox.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.sandbox.http.Json;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.NetworkModel.Base;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Common Neutron JSON: the base fields every resource has, and list filtering by attribute and tags. */
final class NeutronView {
    private static final Set<String> NOT_FILTERS = Set.of("fields", "limit", "marker", "sort_key", "sort_dir",
            "page_reverse", "tags", "tags-any", "not-tags", "not-tags-any");

    private NeutronView() {
    }

    static <T extends Base> ObjectNode render(NeutronResource<T> res, T item, CloudState s) {
        ObjectNode o = Json.obj().put("id", item.id).put("name", item.name).put("tenant_id", item.projectId);
        res.render(item, o);
        if (!o.has("description")) {
            o.put("description", item.description);
        }
        o.set("tags", Json.strings(s.tagsOf(item.id)));
        o.put("created_at", Json.isoSeconds(item.createdAt)).put("updated_at", Json.isoSeconds(item.updatedAt))
                .put("revision_number", item.revision).put("project_id", item.projectId);
        return o;
    }

    /**
     * Neutron's list filters: any attribute by exact value (a repeated key means any of them), booleans
     * case-insensitive, and the tag filters {@code tags} (all), {@code tags-any}, {@code not-tags},
     * {@code not-tags-any} (comma-separated).
     */
    static boolean matches(ObjectNode item, Map<String, List<String>> query) {
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (NOT_FILTERS.contains(e.getKey())) {
                continue;
            }
            JsonNode v = item.get(e.getKey());
            if (v == null) {
                continue; // Neutron ignores filters on unknown attributes for most resources
            }
            boolean any = false;
            for (String wanted : e.getValue()) {
                any |= v.isBoolean() ? v.asText().equalsIgnoreCase(wanted)
                        : v.isArray() ? contains(v, wanted) : !v.isNull() && v.asText().equals(wanted);
            }
            if (!any) {
                return false;
            }
        }
        List<String> tags = item.has("tags") ? Json.MAPPER.convertValue(item.get("tags"),
                Json.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class)) : List.of();
        return all(query.get("tags"), tags) && anyOf(query.get("tags-any"), tags, true)
                && !(query.containsKey("not-tags") && all(query.get("not-tags"), tags))
                && !(query.containsKey("not-tags-any") && anyOf(query.get("not-tags-any"), tags, false));
    }

    /** Keeps only the requested {@code fields} (Neutron always answers with what was asked). */
    static ObjectNode project(ObjectNode item, List<String> fields) {
        if (fields.isEmpty()) {
            return item;
        }
        for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
            if (!fields.contains(it.next())) {
                it.remove();
            }
        }
        return item;
    }

    private static boolean contains(JsonNode array, String wanted) {
        for (JsonNode n : array) {
            if (n.asText().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean all(List<String> params, List<String> tags) {
        if (params == null) {
            return true;
        }
        return params.stream().flatMap(p -> List.of(p.split(",")).stream()).allMatch(tags::contains);
    }

    private static boolean anyOf(List<String> params, List<String> tags, boolean emptyResult) {
        if (params == null) {
            return emptyResult;
        }
        return params.stream().flatMap(p -> List.of(p.split(",")).stream()).anyMatch(tags::contains);
    }
}
