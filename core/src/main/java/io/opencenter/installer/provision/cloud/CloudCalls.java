package io.opencenter.installer.provision.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import io.opencenter.installer.openstack.client.Openstack4jGateway;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.exceptions.ResponseException;
import org.openstack4j.model.common.ActionResponse;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The two ways the adapter talks to the cloud: reads, tags and deletes go through the gateway's retry policy (they
 * are safe to repeat); creates go through a gateway that sends each request once, since a create that timed out may
 * have happened and only the executor, after looking by name, may send it again.
 */
final class CloudCalls {

    private final Openstack4jGateway retrying;
    private final Openstack4jGateway once;

    CloudCalls(Openstack4jGateway gateway) {
        this.retrying = gateway;
        this.once = gateway.sendingOnce();
    }

    Openstack4jGateway gateway() {
        return retrying;
    }

    <T> T read(String service, String operation, Function<OSClientV3, T> body) {
        return retrying.withClient(service, operation, body);
    }

    /** A read of one object: empty when it does not exist (openstack4j answers null, or the service said 404). */
    <T> Optional<T> find(String service, String operation, Function<OSClientV3, T> body) {
        return unlessGone(() -> read(service, operation, body));
    }

    <T> T create(String service, String operation, Function<OSClientV3, T> body) {
        return once.withClient(service, operation, body);
    }

    /** A create openstack4j cannot send as needed (a microversion, a field it lacks); sent once, like create. */
    JsonNode createJson(String service, String operation, String path, JsonNode body, Map<String, String> headers) {
        return once.sendJson(service, operation, "POST", path, body, headers);
    }

    /** An idempotent change answered by an {@link ActionResponse} (adding a tag, setting metadata). */
    void update(String service, String operation, Function<OSClientV3, ActionResponse> body) {
        retrying.withClient(service, operation, c -> checked(body.apply(c)));
    }

    /** A delete answered by an {@link ActionResponse}; an object that is already gone counts as deleted. */
    void delete(String service, String operation, Function<OSClientV3, ActionResponse> body) {
        deleteQuietly(service, operation, c -> checked(body.apply(c)));
    }

    /** A delete whose openstack4j call returns nothing (throws on failure); NOT_FOUND counts as deleted. */
    void deleteQuietly(String service, String operation, Consumer<OSClientV3> body) {
        unlessGone(() -> retrying.withClient(service, operation, c -> {
            body.accept(c);
            return null;
        }));
    }

    /** A DELETE sent as is, for calls whose openstack4j method swallows failures; NOT_FOUND counts as deleted. */
    void deleteJson(String service, String operation, String path) {
        unlessGone(() -> retrying.sendJson(service, operation, "DELETE", path, null));
    }

    JsonNode json(String service, String operation, String path) {
        return retrying.getJson(service, operation, path);
    }

    /** One object as JSON; empty on 404. */
    Optional<JsonNode> findJson(String service, String operation, String path) {
        return unlessGone(() -> json(service, operation, path));
    }

    /**
     * A request without body at a microversion ({@code "volume", "3.27"} sends {@code OpenStack-API-Version: volume
     * 3.27}), for APIs openstack4j 3.12 does not know; empty when the service answers 404.
     */
    Optional<JsonNode> atMicroversion(String service, String version, String operation, String method, String path) {
        Map<String, String> header = Map.of("OpenStack-API-Version", service + " " + version);
        return unlessGone(() -> retrying.sendJson(service, operation, method, path, null, header));
    }

    /** An idempotent JSON request openstack4j cannot send (Cinder volume metadata). */
    JsonNode sendJson(String service, String operation, String method, String path, JsonNode body) {
        return retrying.sendJson(service, operation, method, path, body);
    }

    /** The call's answer; empty (not an error) when the service says the object does not exist. */
    private static <T> Optional<T> unlessGone(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (OpenStackException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * openstack4j reports deletes and actions in an ActionResponse instead of throwing; turning a failure into its
     * ResponseException lets the gateway map it (with the call's URL) and retry it like any other failure.
     */
    private static ActionResponse checked(ActionResponse response) {
        if (response != null && !response.isSuccess()) {
            throw new ResponseException(response.getFault() == null ? "failed" : response.getFault(),
                    response.getCode());
        }
        return response;
    }
}
