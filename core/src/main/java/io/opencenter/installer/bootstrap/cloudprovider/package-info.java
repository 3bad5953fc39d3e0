/**
 * What connects a new cluster to its OpenStack cloud, as manifests the bootstrap applies: the {@code cloud-config}
 * Secret (the cluster's own application credential, never the user's password), the OpenStack cloud controller
 * manager with {@code --cluster-name} and the Cinder CSI driver with {@code --cluster}, both set to the cluster's
 * name, and the platform's StorageClass. Written here from cloud-provider-openstack's documented flags, images and
 * access needs; takes plain values and depends only on {@code kube} and the model packages.
 */
package io.opencenter.installer.bootstrap.cloudprovider;
