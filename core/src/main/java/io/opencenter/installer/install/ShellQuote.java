package io.opencenter.installer.install;

import java.util.regex.Pattern;

/** Quotes a word for a POSIX shell, so a command the faces show can be pasted as is (a path with spaces too). */
final class ShellQuote {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellQuote() {
    }

    static String of(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
