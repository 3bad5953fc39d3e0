/**
 * Provisioning: the plan of OpenStack resources for a cluster ({@link io.opencenter.installer.provision.PlanBuilder},
 * {@link io.opencenter.installer.provision.ProvisioningPlan}). Pure data so far; the executor, journal and destroy
 * build on it. Naming and tagging rules live in {@link io.opencenter.installer.provision.ResourceNames}.
 */
package io.opencenter.installer.provision;
