package io.opencenter.installer.preflight;

import io.opencenter.installer.spec.DidYouMean;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Hints for a name the cloud does not know: the closest one when there is one, else what there is. */
final class Suggestions {
    static final int LISTED = 8;

    private Suggestions() {}

    static String hint(String wanted, Collection<String> available, String what) {
        if (available.isEmpty()) {
            return "the cloud has no " + what + " this project can use";
        }
        Optional<String> close = closest(wanted, available);
        return close.map(c -> "did you mean " + c + "? (" + what + ": " + list(available) + ")")
                .orElseGet(() -> what + ": " + list(available));
    }

    /** DidYouMean's pick, or a name that differs only in case (OpenStack names are case-sensitive). */
    static Optional<String> closest(String wanted, Collection<String> available) {
        if (wanted == null) {
            return Optional.empty();
        }
        for (String a : available) {
            if (a.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return DidYouMean.closest(wanted, available);
    }

    static String list(Collection<String> names) {
        List<String> sorted = names.stream().distinct().sorted().toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(LISTED, sorted.size())));
        return sorted.size() > LISTED ? shown + ", … (" + sorted.size() + " in all)" : shown;
    }
}
