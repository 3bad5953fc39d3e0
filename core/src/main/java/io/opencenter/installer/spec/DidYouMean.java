package io.opencenter.installer.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Picks the known word a mistyped one was most likely meant to be (for "did you mean ..." hints). */
public final class DidYouMean {
    private DidYouMean() {}

    /**
     * The closest candidate: an exact match ignoring case and dashes/underscores wins; otherwise the one with the
     * smallest edit distance, if that distance is small relative to the word (at most 1 for short words, at most
     * a third of the length for longer ones) so that unrelated words are never suggested.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        if (word == null || word.isEmpty()) {
            return Optional.empty();
        }
        String folded = fold(word);
        for (String candidate : candidates) {
            if (fold(candidate).equals(folded)) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(folded, fold(candidate));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(word.length(), best == null ? 0 : best.length()) / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Levenshtein distance where swapping two neighbouring letters also counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
