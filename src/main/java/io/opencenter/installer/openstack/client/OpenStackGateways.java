package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackGateway;
import org.openstack4j.core.transport.Config;

import javax.net.ssl.SSLContext;
import java.time.Clock;

/** Builds the gateway for a cloud profile. Nothing is sent until the first call (login is lazy). */
public final class OpenStackGateways {

    private OpenStackGateways() {
    }

    public static OpenStackGateway connect(CloudProfile profile) {
        return connect(profile, RetryPolicy.defaults());
    }

    public static Openstack4jGateway connect(CloudProfile profile, RetryPolicy retry) {
        Clock clock = Clock.systemUTC();
        SSLContext ssl = TlsContexts.forProfile(profile);
        HttpTransport transport = new HttpTransport(ssl);
        KeystoneAuthenticator keystone = new KeystoneAuthenticator(profile.auth(), transport, clock);
        TokenSource tokens = new TokenSource(keystone::login, clock);
        return new Openstack4jGateway(new CallRunner(profile, tokens, retry, transport, openstack4jConfig(profile, ssl),
                clock));
    }

    static Config openstack4jConfig(CloudProfile profile, SSLContext ssl) {
        Config config = Config.newConfig()
                .withConnectionTimeout((int) HttpTransport.CONNECT_TIMEOUT.toMillis())
                .withReadTimeout((int) HttpTransport.REQUEST_TIMEOUT.toMillis());
        if (profile.insecure()) {
            config.withSSLVerificationDisabled();
        } else if (ssl != null) {
            config.withSSLContext(ssl);
        }
        return config;
    }
}
