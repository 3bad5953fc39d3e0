/**
 * The orchestrator: runs the phases Preflight → Infrastructure → Bootstrap → GitOps → Rollout → Health for one
 * config, reports progress, cancels gracefully, resumes from the journal. The CLI and the wizard both drive
 * installs through here. Phases whose packages have not landed yet report {@link PhaseState#NOT_AVAILABLE}.
 */
package io.opencenter.installer.install;
