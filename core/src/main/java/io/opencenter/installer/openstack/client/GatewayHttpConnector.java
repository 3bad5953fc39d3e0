package io.opencenter.installer.openstack.client;

import io.opencenter.installer.net.HttpClients;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openstack4j.api.exceptions.ConnectionException;
import org.openstack4j.connectors.okhttp.HttpResponseImpl;
import org.openstack4j.core.transport.ClientConstants;
import org.openstack4j.core.transport.Config;
import org.openstack4j.core.transport.HttpExecutorService;
import org.openstack4j.core.transport.HttpMethod;
import org.openstack4j.core.transport.HttpRequest;
import org.openstack4j.core.transport.HttpResponse;
import org.openstack4j.core.transport.ObjectMapperSingleton;
import org.openstack4j.openstack.internal.OSAuthenticator;
import org.openstack4j.openstack.internal.OSClientSession;

import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The openstack4j connector the gateway installs (META-INF/services, found before openstack4j's own okhttp one).
 * Still OkHttp underneath, with two differences that matter here:
 * <ul>
 *   <li>a custom SSLContext (clouds.yaml {@code cacert}) is passed to OkHttp together with its trust manager;
 *       openstack4j's connector passes only the socket factory, which OkHttp 3.14 refuses on Java 9+;</li>
 *   <li>a 401 on a gateway request is handed back instead of re-authenticating inside the library (the gateway
 *       logs in again itself; openstack4j cannot for a token-built session and fails with a NullPointerException).
 *       Clients openstack4j logged in itself keep its one-time re-login.</li>
 * </ul>
 * One OkHttpClient per openstack4j Config (one per gateway), so connections are pooled instead of built per call;
 * each comes from {@link HttpClients}, the installer's one client factory.
 */
public final class GatewayHttpConnector implements HttpExecutorService {

    static final String NAME = "openCenter gateway OkHttp connector";

    /**
     * Marker header (never sent) of requests that must reach the server at most once: OkHttp by default repeats a
     * request whose connection dropped, which for a POST that the server already carried out makes a duplicate.
     */
    static final String SEND_ONCE_HEADER = "X-OpenCenter-Send-Once";

    private final Map<Config, OkHttpClient> clients = new WeakHashMap<>();
    private final Map<Config, OkHttpClient> sendOnceClients = new WeakHashMap<>();

    @Override
    public <R> HttpResponse execute(HttpRequest<R> request) {
        try {
            Response response = send(request);
            if (response.code() == 401 && libraryMayReAuthenticate(request)) {
                // Keeps openstack4j's own behaviour for clients it logged in itself (password via OSFactory):
                // one re-login with the stored credentials, then the same request again.
                response.close();
                OSAuthenticator.reAuthenticate();
                request.getHeaders().put(ClientConstants.HEADER_X_AUTH_TOKEN, OSClientSession.getCurrent().getTokenId());
                response = send(request);
            }
            return HttpResponseImpl.wrap(response);
        } catch (IOException e) {
            throw new ConnectionException(e.getMessage(), 0, e);
        }
    }

    private Response send(HttpRequest<?> request) throws IOException {
        Request.Builder b = new Request.Builder().url(request.getUrl());
        if (request.hasHeaders()) {
            request.getHeaders().forEach((k, v) -> {
                if (!ClientConstants.HEADER_OS4J_AUTH.equals(k) && !SEND_ONCE_HEADER.equals(k)) {
                    b.addHeader(k, String.valueOf(v));
                }
            });
        }
        b.method(request.getMethod().name(), body(request));
        boolean once = request.hasHeaders() && request.getHeaders().containsKey(SEND_ONCE_HEADER);
        return client(request.getConfig(), once).newCall(b.build()).execute();
    }

    /**
     * Only sessions openstack4j authenticated with credentials can log in again; the gateway marks its requests
     * with the auth-command header so a 401 always comes back to it.
     */
    private static boolean libraryMayReAuthenticate(HttpRequest<?> request) {
        if (request.hasHeaders() && request.getHeaders().containsKey(ClientConstants.HEADER_OS4J_AUTH)) {
            return false;
        }
        OSClientSession<?, ?> session = OSClientSession.getCurrent();
        if (session instanceof OSClientSession.OSClientSessionV3 v3) {
            return v3.getToken() != null && v3.getToken().getCredentials() != null;
        }
        return session != null;
    }

    @Override
    public String getExecutorDisplayName() {
        return NAME;
    }

    private static RequestBody body(HttpRequest<?> request) throws IOException {
        Object entity = request.getEntity();
        String type = request.getContentType() == null ? ClientConstants.CONTENT_TYPE_JSON : request.getContentType();
        if (entity instanceof InputStream in) {
            return RequestBody.create(MediaType.parse(type), in.readAllBytes());
        }
        if (entity != null) {
            String json = ObjectMapperSingleton.getContext(entity.getClass()).writer().writeValueAsString(entity);
            return RequestBody.create(MediaType.parse(type), json);
        }
        if (request.hasJson()) {
            return RequestBody.create(MediaType.parse(ClientConstants.CONTENT_TYPE_JSON), request.getJson());
        }
        // OkHttp insists on a body for POST and PUT, openstack4j sends some without one.
        return request.getMethod() == HttpMethod.POST || request.getMethod() == HttpMethod.PUT
                ? RequestBody.create(null, new byte[0]) : null;
    }

    /** Package-private for the test that checks the guard is in place before it dials a refused address. */
    synchronized OkHttpClient client(Config config, boolean once) {
        Config key = config == null ? Config.DEFAULT : config;
        OkHttpClient pooled = clients.computeIfAbsent(key, GatewayHttpConnector::build);
        // No silent repeat, and a fresh connection each time: a pooled one the server closed while idle would fail
        // the request before it left, and without the repeat that would surface as an error.
        return once ? sendOnceClients.computeIfAbsent(key, k -> pooled.newBuilder().retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build()) : pooled;
    }

    private static OkHttpClient build(Config config) {
        // through the one factory: under test it refuses destinations off loopback (net.HttpClients)
        return HttpClients.okHttp(b -> {
            b.followRedirects(false);
            if (config.getProxy() != null) {
                b.proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(config.getProxy().getRawHost(),
                        config.getProxy().getPort())));
            }
            if (config.getConnectTimeout() > 0) {
                b.connectTimeout(config.getConnectTimeout(), TimeUnit.MILLISECONDS);
            }
            if (config.getReadTimeout() > 0) {
                b.readTimeout(config.getReadTimeout(), TimeUnit.MILLISECONDS);
            }
            if (config.isIgnoreSSLVerification()) {
                b.sslSocketFactory(TlsContexts.trustAll().getSocketFactory(), TlsContexts.trustAllManager());
                b.hostnameVerifier((host, session) -> true);
            } else if (config.getSslContext() != null) {
                SSLContext ctx = config.getSslContext();
                X509TrustManager tm = TlsContexts.trustManagerOf(ctx);
                if (tm != null) {
                    b.sslSocketFactory(ctx.getSocketFactory(), tm);
                }
            }
        });
    }
}
