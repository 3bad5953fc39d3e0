package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackGateway;
import org.openstack4j.core.transport.Config;
import org.openstack4j.core.transport.internal.HttpExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import java.time.Clock;

/** Builds the gateway for a cloud profile. Nothing is sent until the first call (login is lazy). */
public final class OpenStackGateways {

    private static final Logger LOG = LoggerFactory.getLogger(OpenStackGateways.class);

    static {
        // openstack4j takes the first connector ServiceLoader finds; ours must win for cacert to work (see
        // GatewayHttpConnector). Say so loudly if a class-path order ever makes openstack4j's own one win.
        String connector = HttpExecutor.create().getExecutorName();
        if (!GatewayHttpConnector.NAME.equals(connector)) {
            LOG.warn("openstack4j uses connector '{}' instead of the gateway's: cacert bundles will not work for "
                    + "compute/network/image calls", connector);
        }
    }

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
