package io.opencenter.installer.net;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * A JDK {@link HttpClient.Builder} that installs the destination guard when it builds, after every setting its user
 * made: the proxy selector the user chose is remembered and wrapped by {@link ProxyGuard}, not replaced, so a library
 * that configures the builder itself (fabric8's JdkHttpClientFactory) keeps its proxy and still cannot bypass the
 * guard. Under {@link DestinationPolicy#ANY} it builds exactly what its user asked for.
 */
final class GuardedHttpClientBuilder implements HttpClient.Builder {

    private final HttpClient.Builder delegate;
    private final DestinationPolicy policy;
    private final ProxyGuard.Resolver resolver;
    private ProxySelector proxy;

    GuardedHttpClientBuilder(HttpClient.Builder delegate, DestinationPolicy policy, ProxyGuard.Resolver resolver) {
        this.delegate = delegate;
        this.policy = policy;
        this.resolver = resolver;
    }

    @Override
    public HttpClient.Builder proxy(ProxySelector selector) {
        delegate.proxy(selector);
        this.proxy = selector;
        return this;
    }

    @Override
    public HttpClient build() {
        if (policy != DestinationPolicy.ANY) {
            delegate.proxy(ProxyGuard.forJdk(policy, proxy, resolver));
        }
        return delegate.build();
    }

    @Override
    public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
        delegate.cookieHandler(cookieHandler);
        return this;
    }

    @Override
    public HttpClient.Builder connectTimeout(Duration duration) {
        delegate.connectTimeout(duration);
        return this;
    }

    @Override
    public HttpClient.Builder sslContext(SSLContext sslContext) {
        delegate.sslContext(sslContext);
        return this;
    }

    @Override
    public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
        delegate.sslParameters(sslParameters);
        return this;
    }

    @Override
    public HttpClient.Builder executor(Executor executor) {
        delegate.executor(executor);
        return this;
    }

    @Override
    public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
        delegate.followRedirects(policy);
        return this;
    }

    @Override
    public HttpClient.Builder version(HttpClient.Version version) {
        delegate.version(version);
        return this;
    }

    @Override
    public HttpClient.Builder priority(int priority) {
        delegate.priority(priority);
        return this;
    }

    @Override
    public HttpClient.Builder authenticator(Authenticator authenticator) {
        delegate.authenticator(authenticator);
        return this;
    }
}
