package io.opencenter.installer.sandbox.network;

import io.opencenter.installer.sandbox.http.ApiError;

import java.util.Map;

/** Neutron's error types and messages (as Zed words them). */
public final class NeutronErrors {
    private static final Map<String, String> TYPE = Map.of(
            "Network", "NetworkNotFound", "Subnet", "SubnetNotFound", "Port", "PortNotFound",
            "Router", "RouterNotFound", "Security group", "SecurityGroupNotFound",
            "Security group rule", "SecurityGroupRuleNotFound", "Floating IP", "FloatingIPNotFound");

    private NeutronErrors() {
    }

    /** {@code NetworkNotFound: Network <id> could not be found.} and its siblings. */
    public static ApiError notFound(String kind, String id) {
        String message = switch (kind) {
            case "Security group" -> "Security group " + id + " does not exist";
            case "Security group rule" -> "Security group rule " + id + " does not exist";
            case "Floating IP" -> "Floating IP " + id + " could not be found";
            default -> kind + " " + id + " could not be found.";
        };
        return ApiError.neutron(404, TYPE.getOrDefault(kind, "NotFound"), message);
    }

    /** {@code OverQuota: Quota exceeded for resources: ['network'].} */
    public static ApiError overQuota(String resource) {
        return ApiError.neutron(409, "OverQuota", "Quota exceeded for resources: ['" + resource + "'].");
    }

    /** Domain errors ("Bad router request: ...") are type BadRequest, parse errors HTTPBadRequest. */
    public static ApiError badRequest(String message) {
        String type = message.startsWith("Bad ") ? "BadRequest"
                : message.startsWith("Invalid input") ? "InvalidInput" : "HTTPBadRequest";
        return ApiError.neutron(400, type, message);
    }
}
