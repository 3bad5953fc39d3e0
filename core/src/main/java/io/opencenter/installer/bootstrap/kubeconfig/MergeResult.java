package io.opencenter.installer.bootstrap.kubeconfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What merging the admin kubeconfig into the user's did.
 *
 * @param target            the kubeconfig file merged into (the one kubectl writes new entries to)
 * @param backup            the copy of {@code target} made before it was changed; empty when nothing changed or the
 *                          file is new
 * @param context           the context that reaches the cluster ({@code kubectl --context <context>})
 * @param outcome           what happened to the entries
 * @param currentContextSet whether {@code context} was made the current context (only when asked for)
 * @param conflicts         for {@link Outcome#CONFLICT} (and {@link Outcome#REPLACED}): each entry of the same name
 *                          with other settings, as {@code context "demo" in /home/u/.kube/config}
 */
public record MergeResult(Path target, Optional<Path> backup, String context, Outcome outcome,
                          boolean currentContextSet, List<String> conflicts) {

    public enum Outcome {
        /** The entries were written (the target may be new). */
        ADDED,
        /** Entries of the same names with other settings were replaced, as asked ({@code overwrite}). */
        REPLACED,
        /** The same entries were already there; the file was not touched (unless the current context was set). */
        UNCHANGED,
        /** Entries of the same names with other settings are there; nothing was written. */
        CONFLICT
    }

    public MergeResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(outcome, "outcome");
        conflicts = List.copyOf(conflicts);
    }

    /** One sentence for the user. */
    public String describe() {
        String backedUp = backup.map(b -> " (the previous file is saved as " + b + ")").orElse("");
        String current = currentContextSet ? "; it is now the current context" : "";
        return switch (outcome) {
            case ADDED -> "Added context \"" + context + "\" to " + target + backedUp + current + ".";
            case REPLACED -> "Replaced " + String.join(", ", conflicts) + " with cluster \"" + context
                    + "\"'s admin access in " + target + backedUp + current + ".";
            case UNCHANGED -> "Context \"" + context + "\" is already in " + target + current + backedUp + ".";
            case CONFLICT -> "Not merged into " + target + ": " + String.join(", ", conflicts) + " already exist"
                    + (conflicts.size() == 1 ? "s" : "") + " with other settings. Merge again with overwrite to "
                    + "replace " + (conflicts.size() == 1 ? "it" : "them") + " (the file is backed up first), or use "
                    + "the cluster's own kubeconfig.";
        };
    }
}
