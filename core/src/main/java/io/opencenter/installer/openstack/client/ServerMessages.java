package io.opencenter.installer.openstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;

/**
 * Pulls the human message out of an OpenStack error body. Each service wraps it differently: Keystone
 * {@code {"error":{"message"}}}, Nova/Cinder {@code {"itemNotFound":{"message"}}}, Neutron
 * {@code {"NeutronError":{"message"}}}, Glance plain text or HTML.
 */
final class ServerMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerMessages() {
    }

    static String extract(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.isObject()) {
                if (root.path("message").isTextual()) {
                    return root.path("message").asText();
                }
                for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
                    JsonNode inner = it.next();
                    if (inner.path("message").isTextual()) {
                        return inner.path("message").asText();
                    }
                }
            }
        } catch (Exception notJson) {
            // fall through to the plain-text form
        }
        String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
