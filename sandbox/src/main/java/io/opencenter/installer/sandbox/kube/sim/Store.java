package io.opencenter.installer.sandbox.kube.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.Objects;
import java.util.function.Function;

/**
 * Writes the simulator's decisions, and only those that change something: a controller builds the object it wants
 * from a copy of the one it read, and {@link #save} compares the two as JSON, so a tick on a converged cluster
 * writes nothing and bumps no resourceVersion. The main resource and its status are written apart, as a real API
 * server wants (an update ignores the status, {@code /status} ignores the rest).
 */
final class Store {
    private static final ObjectMapper TREES = new ObjectMapper();
    private final KubernetesClient kube;
    private final KubernetesSerialization json;

    Store(KubernetesClient kube) {
        this.kube = kube;
        this.json = kube.getKubernetesSerialization();
    }

    /** A deep copy to edit into the wanted state. */
    <T> T copy(T object) {
        return json.clone(object);
    }

    /** A 10-character hash of the object's JSON: a pod template's {@code pod-template-hash}. */
    String hash(Object object) {
        return Hashes.of(json.asJson(object));
    }

    /** Saves {@code wanted} (an edited copy of {@code current}) where it differs from it. */
    <T extends HasMetadata> void save(T current, T wanted, Function<T, ? extends Resource<T>> dsl) {
        ObjectNode now = tree(current);
        ObjectNode next = tree(wanted);
        JsonNode nextStatus = next.remove("status");
        JsonNode nowStatus = now.remove("status");
        boolean statusChanged = !Objects.equals(nowStatus, nextStatus);
        if (!now.equals(next)) {
            T updated = write(() -> dsl.apply(wanted).update());
            if (updated == null) {
                return;
            }
            statusChanged = !Objects.equals(tree(updated).get("status"), nextStatus);
            wanted.getMetadata().setResourceVersion(updated.getMetadata().getResourceVersion());
        }
        if (statusChanged) {
            write(() -> dsl.apply(wanted).updateStatus());
        }
    }

    /** Saves a built-in kind's object. */
    <T extends HasMetadata> void save(T current, T wanted) {
        save(current, wanted, kube::resource);
    }

    /**
     * Creates the object and then writes its status (a real API server drops the status of a create); nothing when
     * it already exists, which the next tick sees.
     */
    <T extends HasMetadata> void create(T object) {
        T created = write(() -> kube.resource(object).create());
        if (created != null && !Objects.equals(tree(created).get("status"), tree(object).get("status"))) {
            object.getMetadata().setResourceVersion(created.getMetadata().getResourceVersion());
            object.getMetadata().setUid(created.getMetadata().getUid());
            write(() -> kube.resource(object).updateStatus());
        }
    }

    void delete(HasMetadata object) {
        write(() -> kube.resource(object).delete());
    }

    /** The object as JSON read back as a tree: numbers compare by value whether a map held an Integer or a Long. */
    private ObjectNode tree(Object object) {
        try {
            return (ObjectNode) TREES.readTree(json.asJson(object));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the client's own JSON does not read back", e);
        }
    }

    /**
     * Runs one write. A 409 (changed since it was read, or created meanwhile) or 404 (deleted meanwhile) is what
     * the next tick sorts out, as a real controller would requeue: not a failure of the simulation.
     */
    private static <T> T write(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409 || e.getCode() == 404) {
                return null;
            }
            throw e;
        }
    }
}
