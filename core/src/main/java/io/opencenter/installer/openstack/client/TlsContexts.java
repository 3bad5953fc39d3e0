package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SSLContext a profile asks for: the JDK default, one that trusts only a {@code cacert} bundle, or (only when
 * the profile says {@code insecure}) one that trusts anything.
 */
public final class TlsContexts {

    private static final Logger LOG = LoggerFactory.getLogger(TlsContexts.class);

    /** OkHttp needs the trust manager next to the socket factory; remembered per context we built. */
    private static final Map<SSLContext, X509TrustManager> TRUST_MANAGERS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private TlsContexts() {
    }

    /** Null means "use the JDK default". */
    public static SSLContext forProfile(CloudProfile profile) {
        if (profile.insecure()) {
            LOG.warn("TLS certificate and host name checks are OFF for cloud '" + profile.name()
                    + "' (insecure/verify:false in " + profile.source() + ")");
            return trustAll();
        }
        if (profile.cacert() != null) {
            return trusting(profile.cacert());
        }
        return null;
    }

    /** Trusts exactly the certificates of a PEM/DER bundle (not the JDK's CAs: clouds.yaml cacert replaces them). */
    public static SSLContext trusting(Path bundle) {
        try (InputStream in = Files.newInputStream(bundle)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new OpenStackException(Kind.CONFIG, "cacert " + bundle + " holds no certificate");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), new SecureRandom());
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x509) {
                    TRUST_MANAGERS.put(ctx, x509);
                }
            }
            return ctx;
        } catch (IOException e) {
            throw new OpenStackException(Kind.CONFIG, 0, "cacert " + bundle + " cannot be read: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new OpenStackException(Kind.CONFIG, 0, "cacert " + bundle + " is not a certificate bundle: "
                    + e.getMessage(), e);
        }
    }

    /** The trust manager of a context made by {@link #trusting}, or null. */
    public static X509TrustManager trustManagerOf(SSLContext ctx) {
        return TRUST_MANAGERS.get(ctx);
    }

    public static X509ExtendedTrustManager trustAllManager() {
        return TRUST_ALL;
    }

    static SSLContext trustAll() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {TRUST_ALL}, new SecureRandom());
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * An X509ExtendedTrustManager (not a plain X509TrustManager) so the JDK does not wrap it with its own host
     * name check: with insecure, neither the chain nor the name is verified, as the user explicitly asked.
     */
    private static final X509ExtendedTrustManager TRUST_ALL = new X509ExtendedTrustManager() {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    };
}
