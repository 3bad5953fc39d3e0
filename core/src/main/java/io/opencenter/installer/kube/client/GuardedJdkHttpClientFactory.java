package io.opencenter.installer.kube.client;

import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.opencenter.installer.net.HttpClients;

import java.net.http.HttpClient;

/**
 * fabric8's JDK HTTP client, built through the installer's one client factory: the builder fabric8 configures
 * (timeouts, TLS, its proxy choice, its executor) is wrapped by {@link HttpClients#guarded}, which adds the test
 * loopback guard when fabric8 builds it. The only place a fabric8 HTTP client factory is made (ArchitectureTest).
 */
final class GuardedJdkHttpClientFactory extends JdkHttpClientFactory {

    @Override
    protected HttpClient.Builder createNewHttpClientBuilder() {
        return HttpClients.guarded(super.createNewHttpClientBuilder());
    }
}
