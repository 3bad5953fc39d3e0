package io.opencenter.installer.install;

import io.opencenter.installer.kube.KubeCluster;

/** Gives the cluster's OpenStack cloud provider (CCM, Cinder CSI) its own credential and runs them. */
final class CloudProviderSetup {

    private CloudProviderSetup() {
    }

    static void apply(InstallContext context, KubeCluster kube, InstallListener listener) {
        // filled in with the application credential and the manifests of bootstrap.cloudprovider
    }
}
