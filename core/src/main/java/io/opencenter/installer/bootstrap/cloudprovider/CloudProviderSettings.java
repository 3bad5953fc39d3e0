package io.opencenter.installer.bootstrap.cloudprovider;

import java.util.Objects;

/**
 * What the cluster's cloud controller manager and Cinder CSI driver need to reach the cloud, as plain values: the
 * installer fills it from the cluster's cloud entry and the application credential it made for this cluster. The
 * secret is never printed: {@link #toString()} leaves it out.
 *
 * @param cluster          the cluster's name; the CCM's {@code --cluster-name} and the CSI driver's {@code --cluster},
 *                         the marks destroy finds their load balancers and volumes by
 * @param authUrl          Keystone, as the cluster's nodes reach it (the cloud entry's {@code auth_url})
 * @param region           the cloud region the cluster lives in
 * @param credentialId     the cluster's application credential
 * @param credentialSecret its secret
 * @param caBundlePem      the CA bundle (PEM) the cloud's endpoints are signed by when it is a private one, or null
 * @param insecure         skip TLS verification (only when the cloud entry says so explicitly)
 */
public record CloudProviderSettings(String cluster, String authUrl, String region, String credentialId,
                                    String credentialSecret, String caBundlePem, boolean insecure) {

    public CloudProviderSettings {
        requireText(cluster, "cluster");
        requireText(authUrl, "authUrl");
        requireText(region, "region");
        requireText(credentialId, "credentialId");
        requireText(credentialSecret, "credentialSecret");
        caBundlePem = caBundlePem == null || caBundlePem.isBlank() ? null : caBundlePem;
    }

    @Override
    public String toString() {
        return "CloudProviderSettings[cluster=" + cluster + ", authUrl=" + authUrl + ", region=" + region
                + ", credentialId=" + credentialId + ", credentialSecret=(redacted), caBundle="
                + (caBundlePem == null ? "none" : caBundlePem.length() + " chars") + ", insecure=" + insecure + "]";
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
