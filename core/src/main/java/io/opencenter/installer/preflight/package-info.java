/**
 * Preflight: checks a valid config and the plan made of it against the cloud it names, before anything is
 * created, and reports in the shape of validation findings (paths into the config) plus a quota table. It sits
 * above {@code provision} so that it counts the plan itself rather than re-deriving it from the config.
 *
 * <p>{@link io.opencenter.installer.preflight.PreflightChecks} is a pure function of the config, the plan and
 * {@link io.opencenter.installer.preflight.CloudFacts}; {@link io.opencenter.installer.preflight.Preflight}
 * gathers the facts through the read side of {@link io.opencenter.installer.openstack.OpenStackGateway} and turns
 * failed calls into findings ({@link io.opencenter.installer.preflight.FailureFindings}). The checks, in
 * report order:
 * <ol>
 *   <li>the local files apply will read, before the cloud is asked ({@link
 *       io.opencenter.installer.preflight.LocalInputsCheck}: the SSH public key exists and is one OpenSSH public
 *       key, {@code spec.sshPublicKeyFile}); every kind of planned resource declares its local inputs there;</li>
 *   <li>cloud entry exists and is usable ({@link io.opencenter.installer.preflight.CloudEntryCheck},
 *       {@code spec.cloud.name}); login works (401 names user, project, domains and auth URL; TLS suggests
 *       {@code cacert}; unreachable names the URL); a login made with a restricted application credential is an
       error, since install makes the cluster's own application credential ({@link
       io.opencenter.installer.preflight.CredentialPermissionCheck});</li>
 *   <li>region is in the catalog and has compute, network, image and (for volumes or Cinder CSI) block-storage on
 *       the profile's interface ({@code spec.cloud.region});</li>
 *   <li>external network and availability zone exist;</li>
 *   <li>per node group: flavor exists (closest names as hint), meets 2 vCPU / 4 GiB, image exists and is active
 *       (duplicate names warn), image min_ram fits the flavor, min_disk fits the boot volume or the flavor disk
 *       (a 0 GB flavor disk cannot boot from the image);</li>
 *   <li>on an existing cluster network: the API VIP and MetalLB pool hold no other port's fixed IP; its subnet is
 *       the node CIDR (warning);</li>
 *   <li>quota headroom per resource for what the plan still has to create ({@link
 *       io.opencenter.installer.preflight.QuotaUsage} of the plan less that of the resources the cluster already
 *       holds, {@link io.opencenter.installer.preflight.HeldResources}) and, on top, for the platform services ({@link io.opencenter.installer.preflight.AddonNeeds}).</li>
 * </ol>
 * Nothing here creates anything: only the gateway's read methods are called.
 */
package io.opencenter.installer.preflight;
