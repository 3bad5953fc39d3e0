package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The answers and internal requests the sandbox API server builds: JSON bodies, and Status objects for failures. */
final class Responses {

    static final String JSON = "application/json";

    private Responses() {
    }

    static MockResponse json(int code, Object body) {
        String text = body instanceof String s ? s : Serialization.asJson(body);
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", JSON).setBody(text);
    }

    /** A {@code metav1.Status} failure, as the API server answers one. */
    static MockResponse failure(int code, String reason, String message) {
        return failure(code, reason, message, null);
    }

    /** ... with {@code details.causes}: {@code [type, message, field]} each. */
    static MockResponse failure(int code, String reason, String message, List<String[]> causes) {
        ObjectNode status = JsonNodeFactory.instance.objectNode();
        status.put("kind", "Status").put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", "Failure").put("message", message).put("reason", reason).put("code", code);
        if (causes != null && !causes.isEmpty()) {
            ArrayNode list = status.putObject("details").putArray("causes");
            for (String[] c : causes) {
                list.addObject().put("reason", c[0]).put("message", c[1]).put("field", c[2]);
            }
        }
        return json(code, status);
    }

    static MockResponse notFound(String message) {
        return failure(404, "NotFound", message);
    }

    /** A request the sandbox hands to the mock store on a caller's behalf. */
    static RecordedRequest request(HttpMethod method, String path, JsonNode body) {
        Headers headers = Headers.builder().add("Content-Type", JSON).build();
        byte[] bytes = body == null ? null : Serialization.asJson(body).getBytes(StandardCharsets.UTF_8);
        return new RecordedRequest("HTTP/1.1", method, path, headers, new Buffer(bytes));
    }

    /** A Namespace object to create. */
    static JsonNode namespace(String name) {
        ObjectNode ns = JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "Namespace");
        ns.putObject("metadata").put("name", name).putObject("labels").put("kubernetes.io/metadata.name", name);
        return ns;
    }

    /** The body of a store's answer as JSON (a missing node when it has none). */
    static JsonNode body(MockResponse response) {
        byte[] bytes = response.getBody() == null ? new byte[0] : response.getBody().getBytes();
        if (bytes.length == 0) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return Serialization.unmarshal(new String(bytes, StandardCharsets.UTF_8), JsonNode.class);
    }
}
