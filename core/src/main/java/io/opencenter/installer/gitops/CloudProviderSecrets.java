package io.opencenter.installer.gitops;

import io.opencenter.installer.bootstrap.cloudprovider.CloudConfigSecret;
import io.opencenter.installer.bootstrap.cloudprovider.CloudProviderSettings;
import io.opencenter.installer.platform.Catalog;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The {@code cloud-config} Secrets of the cloud controller manager and the Cinder CSI driver (the cluster's name and
 * its own application credential, as the bootstrap applied them), as {@link SecretFile}s for the repository: the
 * install adds them to {@link RepoInputs#secrets()} on OpenStack, and they reach the repository only sealed.
 */
public final class CloudProviderSecrets {
    static final String CCM = "openstack-ccm";
    static final String CSI = "cinder-csi";

    private CloudProviderSecrets() {}

    public static List<SecretFile> secretFiles(CloudProviderSettings settings, Catalog catalog) {
        return List.of(CCM, CSI).stream().map(id -> {
            String namespace = catalog.service(id).orElseThrow(() -> new IllegalStateException(
                    "the platform catalog has no service " + id)).namespace();
            var secret = new LinkedHashMap<>(CloudConfigSecret.in(namespace, settings).content());
            return new SecretFile(RepoLayout.secretFile(id, CloudConfigSecret.NAME), Yaml.write(secret));
        }).toList();
    }
}
