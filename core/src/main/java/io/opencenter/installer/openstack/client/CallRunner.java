package io.opencenter.installer.openstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.api.types.Facing;
import org.openstack4j.core.transport.ClientConstants;
import org.openstack4j.core.transport.Config;
import org.openstack4j.openstack.internal.OSClientSession.OSClientSessionV3;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs one gateway call: takes the shared token, resolves the endpoint, builds a fresh openstack4j client on the
 * calling thread (openstack4j keeps its session in a ThreadLocal, so a client must never cross threads), applies the
 * retry policy, logs in again once on a 401, and maps every failure to an {@link OpenStackException}.
 */
public final class CallRunner {

    /*
     * openstack4j's okhttp connector answers a 401 by re-authenticating with credentials that a token-built session
     * does not have (NullPointerException inside). Marking every request as an "auth command" makes it hand the 401
     * back instead, and the re-login below does the job. The header is harmless on the wire.
     */
    private static final Map<String, String> NO_LIBRARY_REAUTH = Map.of(ClientConstants.HEADER_OS4J_AUTH, "gateway");
    /** The same, plus the marker that makes {@link GatewayHttpConnector} send the request only once. */
    private static final Map<String, String> SEND_ONCE = Map.of(ClientConstants.HEADER_OS4J_AUTH, "gateway",
            GatewayHttpConnector.SEND_ONCE_HEADER, "true");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudProfile profile;
    private final TokenSource tokens;
    private final RetryPolicy retry;
    private final HttpTransport transport;
    private final Config config;
    private final Clock clock;
    private final boolean sendOnce;

    public CallRunner(CloudProfile profile, TokenSource tokens, RetryPolicy retry, HttpTransport transport,
                      Config config, Clock clock) {
        this(profile, tokens, retry, transport, config, clock, false);
    }

    private CallRunner(CloudProfile profile, TokenSource tokens, RetryPolicy retry, HttpTransport transport,
                       Config config, Clock clock, boolean sendOnce) {
        this.profile = profile;
        this.tokens = tokens;
        this.retry = retry;
        this.transport = transport;
        this.config = config;
        this.clock = clock;
        this.sendOnce = sendOnce;
    }

    /**
     * The same cloud and login, but every request is sent at most once: no retry policy, and the HTTP client does
     * not repeat a request on a dropped connection either. For creates, where a repeat may make a second object.
     */
    public CallRunner sendingOnce() {
        return new CallRunner(profile, tokens, RetryPolicy.none(), transport, config, clock, true);
    }

    public KeystoneLogin login() {
        return retry.execute(tokens::current);
    }

    public ServiceCatalog catalog() {
        return new ServiceCatalog(login().info().catalog(), profile.regionName(), profile.interfaceOrDefault());
    }

    /**
     * One openstack4j operation on {@code service}; {@code path} (relative to the service URL) only names the
     * request in error messages.
     */
    public <T> T openstack4j(String service, String operation, String method, String path,
                             Function<OSClientV3, T> body) {
        return retry.execute(() -> withReLogin(login -> {
            String base = catalogOf(login).url(service);
            CallSite site = CallSite.of(service, operation, method, base + path);
            OSClientV3 client = clientFor(login);
            try {
                return body.apply(client);
            } catch (RuntimeException e) {
                throw ErrorMapper.fromThrowable(site, e);
            }
        }));
    }

    /** A GET the gateway sends itself (calls openstack4j 3.12 lacks), answered as JSON. */
    public JsonNode getJson(String service, String operation, String path) {
        return sendJson(service, operation, "GET", path, null);
    }

    /**
     * A request with a JSON body (null: none) the gateway sends itself, for calls openstack4j 3.12 lacks (e.g. Cinder
     * volume metadata); answered as JSON, or a null node when the answer has no body.
     */
    public JsonNode sendJson(String service, String operation, String method, String path, JsonNode body) {
        return sendJson(service, operation, method, path, body, Map.of());
    }

    /** {@link #sendJson(String, String, String, String, JsonNode)} with extra headers, e.g. a microversion. */
    public JsonNode sendJson(String service, String operation, String method, String path, JsonNode body,
                             Map<String, String> headers) {
        return send(service, login -> versioned(service, catalogOf(login).url(service)), operation, method, path,
                body, headers);
    }

    /**
     * A request to Keystone at the URL the login was made at ({@code auth_url}), not the catalog's identity entry:
     * that one is reachable by definition, while multi-region clouds often list Keystone in one region only.
     */
    public JsonNode sendToIdentity(String operation, String method, String path, JsonNode body) {
        return send("identity", KeystoneLogin::identityBase, operation, method, path, body, Map.of());
    }

    private JsonNode send(String service, Function<KeystoneLogin, String> baseOf, String operation, String method,
                          String path, JsonNode body, Map<String, String> headers) {
        return retry.execute(() -> withReLogin(login -> {
            String base = baseOf.apply(login);
            URI uri = URI.create(base + path);
            CallSite site = new CallSite(service, operation, method, uri);
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .method(method, publisher).header("X-Auth-Token", login.tokenId());
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            HttpTransport.Answer answer = transport.send(site, request);
            if (answer.status() >= 400) {
                throw ErrorMapper.fromStatus(site, answer.status(), ServerMessages.extract(answer.body()),
                        ErrorMapper.parseRetryAfter(answer.retryAfter(), clock));
            }
            try {
                return answer.body() == null || answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
            } catch (IOException e) {
                throw new OpenStackException(Kind.SERVER_ERROR, answer.status(), site + " answered no JSON", null);
            }
        }));
    }

    /** A client for this thread only; cheap (no request), so one per call keeps openstack4j's ThreadLocal honest. */
    public OSClientV3 clientFor(KeystoneLogin login) {
        OSClientSessionV3 session = OSClientSessionV3.createSession(login.token(), facing(), null, config);
        session.headers(sendOnce ? SEND_ONCE : NO_LIBRARY_REAUTH);
        if (profile.regionName() != null && !profile.regionName().isBlank()) {
            session.useRegion(profile.regionName());
        }
        return session;
    }

    private ServiceCatalog catalogOf(KeystoneLogin login) {
        return new ServiceCatalog(login.info().catalog(), profile.regionName(), profile.interfaceOrDefault());
    }

    private <T> T withReLogin(Function<KeystoneLogin, T> body) {
        KeystoneLogin login = tokens.current();
        try {
            return body.apply(login);
        } catch (OpenStackException e) {
            if (e.kind() != Kind.UNAUTHORIZED) {
                throw e;
            }
            // The token was revoked or expired early: log in again once; a second 401 is final.
            tokens.invalidate(login);
            return body.apply(tokens.current());
        }
    }

    /** Glance and Neutron register their root URL in the catalog; the API lives under a version prefix. */
    static String versioned(String service, String url) {
        if ("network".equals(service) && !url.endsWith("/v2.0")) {
            return url + "/v2.0";
        }
        if ("image".equals(service) && !url.endsWith("/v2")) {
            return url + "/v2";
        }
        return url;
    }

    private Facing facing() {
        return switch (profile.interfaceOrDefault()) {
            case "internal" -> Facing.INTERNAL;
            case "admin" -> Facing.ADMIN;
            default -> Facing.PUBLIC;
        };
    }
}
