/** Finding everything a cluster has on the cloud (by tag, name and the CSI/CCM conventions) and removing it. */
package io.opencenter.installer.provision.destroy;
