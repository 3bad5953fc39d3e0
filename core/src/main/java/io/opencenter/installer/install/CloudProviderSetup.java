package io.opencenter.installer.install;

import io.opencenter.installer.bootstrap.cloudprovider.CloudProviderManifests;
import io.opencenter.installer.bootstrap.cloudprovider.CloudProviderSettings;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackGateway;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.workspace.ClusterFiles;
import io.opencenter.installer.workspace.IoProblems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The objects that connect a cluster to its OpenStack cloud (cloud-config Secret, cloud controller manager, Cinder
 * CSI, StorageClass), filled with the cluster's own application credential ({@link CloudProviderCredential}) and the
 * cloud entry's public settings: what the Bootstrap phase applies once the API server answers.
 */
public final class CloudProviderSetup {

    private CloudProviderSetup() {}

    /** For the install's phases: the context's cloud (already in the config's region), files and catalog. */
    public static List<Manifest> manifests(InstallContext context) {
        return manifests(context.config().name(), context.cloud(), context.files(), context.catalog());
    }

    /**
     * Ensures the cluster's application credential (creating it only when the workspace holds none that Keystone
     * still has), then renders the manifests.
     *
     * @param cloud the cluster's cloud, in the config's region ({@link CloudConnection#inRegionOf})
     */
    public static List<Manifest> manifests(String cluster, CloudConnection cloud, ClusterFiles files, Catalog catalog) {
        CloudProviderCredential.Issued credential = CloudProviderCredential.ensure(cloud, files, cluster);
        return CloudProviderManifests.of(settings(cluster, cloud, credential), catalog);
    }

    /** The plain values the manifests take: the cloud entry's auth URL, region and CA, and the credential. */
    public static CloudProviderSettings settings(String cluster, CloudConnection cloud,
                                                 CloudProviderCredential.Issued credential) {
        CloudProfile profile = cloud.profile();
        char[] secret = credential.secret().reveal();
        try {
            return new CloudProviderSettings(cluster, profile.auth().authUrl(), region(cloud), credential.id(),
                    new String(secret), caBundle(profile), profile.insecure());
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The config's or the cloud entry's region; else the cloud's only one (the CCM must be told its region). */
    static String region(CloudConnection cloud) {
        String region = cloud.profile().regionName();
        if (region != null && !region.isBlank()) {
            return region;
        }
        try (OpenStackGateway gateway = cloud.openGateway()) {
            List<String> regions = gateway.regions();
            if (regions.size() == 1) {
                return regions.get(0);
            }
            throw new IllegalStateException("cloud " + cloud.profile().name() + " has the regions "
                    + String.join(", ", regions) + " and neither the config (" + ConfigField.REGION.path()
                    + ") nor the cloud entry says which one the cluster is in: set " + ConfigField.REGION.path());
        }
    }

    private static String caBundle(CloudProfile profile) {
        Path ca = profile.cacert();
        if (ca == null) {
            return null;
        }
        try {
            return Files.readString(ca);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CA bundle " + ca + " (cacert of cloud " + profile.name()
                    + " in " + profile.source() + "): " + IoProblems.describe(e), e);
        }
    }
}
