package io.opencenter.installer.kube;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An object as the API server returned it. The fields the installer decides on (identity, version, ownership,
 * conditions) are read out once here; the whole object stays in {@code content} for anything else.
 *
 * @param generation {@code metadata.generation}: bumped by the server on every spec change (0 when absent)
 */
public record KubeObject(ObjectRef ref, String uid, String resourceVersion, long generation,
                         List<FieldOwner> managedFields, List<Condition> conditions, Map<String, Object> content) {

    public KubeObject {
        managedFields = List.copyOf(managedFields);
        conditions = List.copyOf(conditions);
        content = Trees.freeze(content);
    }

    /** Reads an object in the API's JSON shape (what a GET, a watch or an apply returns). */
    public static KubeObject of(Map<String, Object> content) {
        Map<String, Object> meta = Trees.map(content, "metadata");
        ObjectRef ref = new ObjectRef(ApiKind.of(Trees.text(content, "apiVersion"), Trees.text(content, "kind")),
                Trees.text(meta, "namespace"), Trees.text(meta, "name"));
        Object gen = meta.get("generation");
        List<FieldOwner> owners = new ArrayList<>();
        for (Map<String, Object> f : Trees.maps(meta, "managedFields")) {
            owners.add(new FieldOwner(Trees.text(f, "manager"), Trees.text(f, "operation"),
                    Trees.text(f, "subresource")));
        }
        return new KubeObject(ref, Trees.text(meta, "uid"), Trees.text(meta, "resourceVersion"),
                gen instanceof Number n ? n.longValue() : 0L, owners,
                conditions(Trees.map(content, "status")), content);
    }

    /** The condition of that type, if the object reports one. */
    public Optional<Condition> condition(String type) {
        return conditions.stream().filter(c -> type.equals(c.type())).findFirst();
    }

    /**
     * Whether the condition is True and speaks about the current spec. A controller that has not looked at the
     * latest spec yet still shows its old verdict; it says which generation it looked at either in the condition
     * ({@code observedGeneration}: Flux, most CRDs) or in {@code status.observedGeneration} (Deployments and the
     * other built-in workloads). A verdict about an older generation does not count.
     */
    public boolean conditionMet(String type) {
        Condition c = condition(type).orElse(null);
        if (c == null || !c.isTrue()) {
            return false;
        }
        Long observed = c.observedGeneration() != null ? c.observedGeneration() : statusObservedGeneration();
        return observed == null || generation == 0 || observed >= generation;
    }

    /** {@code status.observedGeneration}, or null when the object does not report it. */
    public Long statusObservedGeneration() {
        Object v = Trees.map(content, "status").get("observedGeneration");
        return v instanceof Number n ? n.longValue() : null;
    }

    /** The managers that own fields through server-side apply. */
    public List<String> applyManagers() {
        return managedFields.stream().filter(FieldOwner::isApply).map(FieldOwner::manager).distinct().toList();
    }

    private static List<Condition> conditions(Map<String, Object> status) {
        List<Condition> out = new ArrayList<>();
        for (Map<String, Object> c : Trees.maps(status, "conditions")) {
            Object observed = c.get("observedGeneration");
            out.add(new Condition(Trees.text(c, "type"), Trees.text(c, "status"), Trees.text(c, "reason"),
                    Trees.text(c, "message"), observed instanceof Number n ? n.longValue() : null,
                    instant(Trees.text(c, "lastTransitionTime"))));
        }
        return out;
    }

    static Instant instant(String rfc3339) {
        if (rfc3339 == null || rfc3339.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(rfc3339);
        } catch (DateTimeParseException e) {
            return null; // a malformed time is no reason to lose the condition
        }
    }

    @Override
    public String toString() {
        // never the content: it may be a Secret
        return "KubeObject[" + ref + " rv=" + resourceVersion + "]";
    }
}
