package io.opencenter.installer.secrets;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The file's data key: 32 random bytes, wrapped for each age recipient in its own ASCII-armored age file (one
 * {@code sops.age} entry per recipient, as sops writes them), and unwrapped with whichever identity fits.
 */
final class DataKeys {
    static final int BYTES = 32;

    private DataKeys() {}

    static byte[] generate(SecureRandom random) {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return key;
    }

    static List<SopsMetadata.AgeStanza> wrap(byte[] dataKey, List<AgeRecipient> recipients) {
        if (recipients == null || recipients.isEmpty()) {
            throw new SopsException("no age recipient to encrypt for: give the cluster's age recipient (age1…)");
        }
        List<SopsMetadata.AgeStanza> stanzas = new ArrayList<>();
        for (AgeRecipient recipient : recipients) {
            String armored = AgeArmor.armor(Age.encrypt(dataKey, List.of(recipient)));
            stanzas.add(new SopsMetadata.AgeStanza(recipient.encoded(), armored));
        }
        return stanzas;
    }

    /** The data key from the first stanza one of {@code identities} opens; {@code what} names the file. */
    static byte[] unwrap(List<SopsMetadata.AgeStanza> stanzas, List<AgeIdentity> identities, String what) {
        if (identities == null || identities.isEmpty()) {
            throw new SopsException("no age identity to decrypt " + what + " with: give the cluster's age key "
                    + "(AGE-SECRET-KEY-1…)");
        }
        Set<String> ours = identities.stream().map(i -> i.recipient().encoded()).collect(Collectors.toSet());
        // Stanzas for our own recipients first; the rest still get a try (a recipient string may be spelled
        // differently from the one we derive).
        List<SopsMetadata.AgeStanza> ordered = stanzas.stream()
                .sorted(Comparator.comparing(s -> !ours.contains(s.recipient()))).toList();
        String lastProblem = "";
        for (SopsMetadata.AgeStanza stanza : ordered) {
            try {
                byte[] key = Age.decrypt(stanza.enc().getBytes(StandardCharsets.UTF_8), identities);
                if (key.length == BYTES) {
                    return key;
                }
                lastProblem = "the data key for " + stanza.recipient() + " is " + key.length + " bytes, not " + BYTES;
            } catch (AgeException e) {
                lastProblem = e.getMessage();
            }
        }
        throw new SopsException(what + " cannot be decrypted with the given age key: it is encrypted for "
                + stanzas.stream().map(SopsMetadata.AgeStanza::recipient).collect(Collectors.joining(", "))
                + " and the key given is for " + String.join(", ", ours)
                + " (" + lastProblem + "); use the key of one of those recipients");
    }
}
