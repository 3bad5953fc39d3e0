package io.opencenter.installer.secrets;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which leaves of a document sops encrypts: the one rule of the file's metadata ({@code encrypted_regex} and
 * friends; with none, sops' default {@code unencrypted_suffix: _unencrypted}). A regex matches a key when it is
 * found anywhere in it (Go's {@code regexp.Match}); a leaf is encrypted when any key on its path decides so.
 *
 * @param key   the metadata key the rule is stored under
 * @param value the suffix or regex
 */
record EncryptionRule(String key, String value) {
    static final String ENCRYPTED_REGEX = "encrypted_regex";
    static final String UNENCRYPTED_REGEX = "unencrypted_regex";
    static final String ENCRYPTED_SUFFIX = "encrypted_suffix";
    static final String UNENCRYPTED_SUFFIX = "unencrypted_suffix";
    static final List<String> KEYS = List.of(ENCRYPTED_REGEX, UNENCRYPTED_REGEX, ENCRYPTED_SUFFIX, UNENCRYPTED_SUFFIX);
    static final EncryptionRule SOPS_DEFAULT = new EncryptionRule(UNENCRYPTED_SUFFIX, "_unencrypted");

    static EncryptionRule encryptedRegex(String regex) {
        if (regex == null || regex.isBlank()) {
            throw new SopsException("the encrypted_regex is empty: give one such as ^(data|stringData)$");
        }
        EncryptionRule rule = new EncryptionRule(ENCRYPTED_REGEX, regex);
        rule.pattern();
        return rule;
    }

    boolean encrypts(List<String> path) {
        return switch (key) {
            case ENCRYPTED_REGEX -> path.stream().anyMatch(k -> pattern().matcher(k).find());
            case UNENCRYPTED_REGEX -> path.stream().noneMatch(k -> pattern().matcher(k).find());
            case ENCRYPTED_SUFFIX -> path.stream().anyMatch(k -> k.endsWith(value));
            case UNENCRYPTED_SUFFIX -> path.stream().noneMatch(k -> k.endsWith(value));
            default -> throw new IllegalStateException("unknown rule " + key);
        };
    }

    private Pattern pattern() {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw new SopsException("the " + key + " '" + value + "' is not a valid regular expression: "
                    + e.getDescription());
        }
    }
}
