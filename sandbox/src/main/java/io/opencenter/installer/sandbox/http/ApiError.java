package io.opencenter.installer.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer in the exact shape the simulated service sends. Handlers throw it; the router writes it.
 * The factories below reproduce each service's body (compared with Zed services, see {@code package-info}).
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final transient Object body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiError(int status, Object body) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** An ObjectNode (sent as JSON) or a String (sent as text/html, like Glance and proxies). */
    public Object body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** Cinder's over-quota answers: {@code Retry-After: 0} header and {@code "retryAfter": "0"} in the body. */
    public ApiError retryAfter() {
        ObjectNode inner = (ObjectNode) ((ObjectNode) body).elements().next();
        inner.put("retryAfter", "0");
        return header("Retry-After", "0");
    }

    public ApiError header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Keystone and keystonemiddleware (in front of every service): {@code {"error":{code,message,title}}}. */
    public static ApiError keystone(int status, String title, String message) {
        ObjectNode error = Json.obj().put("code", status).put("message", message).put("title", title);
        ObjectNode body = Json.obj();
        body.set("error", error);
        return new ApiError(status, body);
    }

    /** keystonemiddleware's 401 in front of Nova, Neutron, Cinder and Glance (title before message). */
    public static ApiError middlewareUnauthorized(String identityUrl) {
        ObjectNode error = Json.obj().put("code", 401).put("title", "Unauthorized")
                .put("message", "The request you have made requires authentication.");
        ObjectNode body = Json.obj();
        body.set("error", error);
        return new ApiError(401, body).header("WWW-Authenticate", "Keystone uri=\"" + identityUrl + "\"");
    }

    /** The 401 every service answers for a missing, unknown or expired token. */
    public static ApiError unauthorized() {
        return keystone(401, "Unauthorized", "The request you have made requires authentication.");
    }

    /** Nova and Cinder: {@code {"itemNotFound": {"code": 404, "message": ...}}}. */
    public static ApiError fault(int status, String kind, String message) {
        ObjectNode inner = Json.obj().put("code", status).put("message", message);
        ObjectNode body = Json.obj();
        body.set(kind, inner);
        return new ApiError(status, body);
    }

    public static ApiError notFound(String message) {
        return fault(404, "itemNotFound", message);
    }

    public static ApiError badRequest(String message) {
        return fault(400, "badRequest", message);
    }

    public static ApiError conflict(String message) {
        return fault(409, "conflictingRequest", message);
    }

    /** Neutron: {@code {"NeutronError": {"type": ..., "message": ..., "detail": ""}}}. */
    public static ApiError neutron(int status, String type, String message) {
        ObjectNode inner = Json.obj().put("type", type).put("message", message).put("detail", "");
        ObjectNode body = Json.obj();
        body.set("NeutronError", inner);
        return new ApiError(status, body);
    }

    /** Glance (webob): an HTML page with the status line as title. */
    public static ApiError glance(int status, String reason, String message) {
        String html = "<html>\n <head>\n  <title>" + status + " " + reason + "</title>\n </head>\n <body>\n  <h1>"
                + status + " " + reason + "</h1>\n  " + message + "<br /><br />\n\n\n\n </body>\n</html>";
        return new ApiError(status, html);
    }
}
