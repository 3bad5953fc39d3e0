package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.opencenter.installer.kube.KubeEvent;
import io.opencenter.installer.kube.ObjectRef;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events about one object, read through the core/v1 Event API with field selectors on {@code involvedObject}. The
 * core/v1 view also shows events written through events.k8s.io/v1 (the scheduler's, newer controllers'): both are
 * the same objects, and {@code regarding} appears as {@code involvedObject}. Events about a cluster-scoped object
 * (a Node, a CRD) are stored in the "default" namespace, so those are searched in every namespace.
 */
final class EventReader {

    private final KubernetesClient client;
    private final String server;

    EventReader(KubernetesClient client, String server) {
        this.client = client;
        this.server = server;
    }

    List<KubeEvent> events(ObjectRef ref) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("involvedObject.kind", ref.kind().kind());
        fields.put("involvedObject.name", ref.name());
        List<Event> items;
        try {
            var events = client.v1().events();
            items = (ref.namespace() == null ? events.inAnyNamespace().withFields(fields)
                    : events.inNamespace(ref.namespace()).withFields(fields)).list().getItems();
        } catch (RuntimeException e) {
            throw KubeErrors.map(e, "read the events of " + ref + " on " + server);
        }
        return items.stream().map(e -> toEvent(ref, e))
                .sorted(Comparator.comparing(KubeEvent::lastSeen, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static KubeEvent toEvent(ObjectRef ref, Event e) {
        String reporter = e.getSource() != null && e.getSource().getComponent() != null
                ? e.getSource().getComponent() : e.getReportingComponent();
        int count = e.getSeries() != null && e.getSeries().getCount() != null ? e.getSeries().getCount()
                : e.getCount() != null ? e.getCount() : 1;
        return new KubeEvent(ref, e.getType(), e.getReason(), e.getMessage(), reporter == null ? "" : reporter,
                count, lastSeen(e));
    }

    /** The latest of the times an event may carry (old-style lastTimestamp, new-style series or eventTime). */
    private static Instant lastSeen(Event e) {
        Instant t = parse(e.getLastTimestamp());
        if (t == null && e.getSeries() != null) {
            t = micro(e.getSeries().getLastObservedTime());
        }
        if (t == null) {
            t = micro(e.getEventTime());
        }
        return t != null ? t : parse(e.getMetadata() == null ? null : e.getMetadata().getCreationTimestamp());
    }

    private static Instant micro(MicroTime time) {
        return time == null ? null : parse(time.getTime());
    }

    private static Instant parse(String rfc3339) {
        try {
            return rfc3339 == null || rfc3339.isEmpty() ? null : Instant.parse(rfc3339);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
