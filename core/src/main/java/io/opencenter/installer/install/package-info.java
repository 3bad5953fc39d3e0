/**
 * The orchestrator both faces use: the one plan ({@link io.opencenter.installer.install.ClusterPlans}), the one
 * preflight ({@link io.opencenter.installer.install.ClusterPreflight}), and the install itself
 * ({@link io.opencenter.installer.install.Installation}): the phases Preflight → Infrastructure → Bootstrap →
 * GitOps → Rollout → Health, each a {@link io.opencenter.installer.install.Phase} class sharing an
 * {@link io.opencenter.installer.install.InstallContext}; progress events, cancel, resume from the journal.
 * Phases this version does not have report {@link io.opencenter.installer.install.PhaseState#NOT_AVAILABLE}.
 */
package io.opencenter.installer.install;
