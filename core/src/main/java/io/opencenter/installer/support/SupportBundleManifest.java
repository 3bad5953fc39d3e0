package io.opencenter.installer.support;

import io.opencenter.installer.workspace.Workspace;
import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.txt} of the support bundle: when it was made, from which workspace, what is in it, how many
 * secrets were masked, and what was left out on purpose (so whoever reads it does not ask for it).
 */
final class SupportBundleManifest {
    private SupportBundleManifest() {}

    static String text(Workspace workspace, List<String> entries, int redactions, Instant at) {
        StringBuilder out = new StringBuilder();
        out.append("opencenter-installer support bundle\n");
        out.append("made: ").append(at).append('\n');
        out.append("workspace: ").append(workspace.root()).append('\n');
        out.append("masked: ").append(redactions).append(" secret(s) or secret-looking value(s) in the entries\n");
        out.append("entries:\n");
        entries.forEach(e -> out.append("  ").append(e).append('\n'));
        out.append("  ").append(SupportBundle.MANIFEST).append('\n');
        out.append("left out on purpose:\n");
        out.append("  sandbox/state.json (the simulated cloud's passwords and secrets)\n");
        out.append("  configs/ and everything else in the workspace (saved configs, keys)\n");
        return out.toString();
    }
}
