/**
 * Provisioning: the plan of OpenStack resources for a cluster ({@link io.opencenter.installer.provision.PlanBuilder},
 * {@link io.opencenter.installer.provision.ProvisioningPlan}) and the port to the cloud that makes them
 * ({@link io.opencenter.installer.provision.InfrastructureCloud}). {@code apply} executes a plan idempotently,
 * {@code journal} records each step on disk for resume, {@code destroy} removes everything of a cluster. Naming
 * and tagging rules live in {@link io.opencenter.installer.provision.ResourceNames}.
 */
package io.opencenter.installer.provision;
