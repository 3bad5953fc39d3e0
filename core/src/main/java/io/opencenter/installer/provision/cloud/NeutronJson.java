package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.CloudObject.Origin;
import io.opencenter.installer.provision.CloudObject.State;

import java.util.ArrayList;
import java.util.List;

/**
 * Neutron objects read as JSON, because openstack4j 3.12's network models drop {@code tags} (and ports their
 * description). Every Neutron object that exists is usable, so its state is READY; its status goes to the detail.
 */
final class NeutronJson {

    private NeutronJson() {
    }

    static List<String> tags(JsonNode object) {
        List<String> tags = new ArrayList<>();
        object.path("tags").forEach(t -> tags.add(t.asText()));
        return tags;
    }

    static String text(JsonNode object, String field) {
        JsonNode v = object.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static CloudObject toObject(NeutronCollection collection, JsonNode object, boolean tagged, Origin origin) {
        return new CloudObject(collection.kind(), text(object, "id"), text(object, collection.nameField()),
                State.READY, text(object, "status"), tagged, origin);
    }
}
