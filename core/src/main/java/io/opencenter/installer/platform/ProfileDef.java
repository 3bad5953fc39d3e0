package io.opencenter.installer.platform;

/**
 * What a {@link Profile} means, as the spec's "OpenStack-Specific Differences" table puts it.
 *
 * @param storageBackend     e.g. "Cinder CSI (OpenStack block storage)"
 * @param storageProvisioner the CSI provisioner name StorageClasses use, e.g. {@code cinder.csi.openstack.org}
 */
public record ProfileDef(Profile profile, String displayName, String description, String storageBackend,
                         String storageProvisioner) {}
