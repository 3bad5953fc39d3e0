package io.opencenter.installer.secrets;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Encrypts and decrypts files in the age v1 format (age-encryption.org/v1) with X25519 recipients, readable by
 * {@code age -d} and reading what {@code age -e} writes. A random 16-byte file key is wrapped once per recipient in
 * the header, which a MAC keyed by the file key closes; the payload follows with a 16-byte nonce and is sealed by
 * {@link PayloadStream}.
 */
public final class Age {
    static final int FILE_KEY_LENGTH = 16;
    private static final int NONCE_LENGTH = 16;
    private static final String PAYLOAD_INFO = "payload";
    static final String NO_MATCH = "no identity matches any recipient of this file";

    private Age() {}

    /**
     * The binary age file of {@code plaintext}, openable by any identity of {@code recipients}.
     *
     * @throws AgeException when there is no recipient
     */
    public static byte[] encrypt(byte[] plaintext, List<AgeRecipient> recipients) {
        if (recipients == null || recipients.isEmpty()) {
            throw new AgeException("no age recipient given: a file needs at least one recipient to be opened");
        }
        byte[] fileKey = AgeCrypto.random(FILE_KEY_LENGTH);
        List<Stanza> stanzas = new ArrayList<>(recipients.size());
        for (AgeRecipient recipient : recipients) {
            stanzas.add(X25519Stanza.wrap(fileKey, recipient));
        }
        byte[] nonce = AgeCrypto.random(NONCE_LENGTH);
        byte[] payload = PayloadStream.seal(AgeCrypto.hkdf(fileKey, nonce, PAYLOAD_INFO), plaintext);
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 256 * recipients.size());
        out.writeBytes(AgeHeader.write(stanzas, fileKey));
        out.writeBytes(nonce);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /**
     * The plaintext of {@code ageFile} (binary, or armored as {@code age -a} writes it), opened with the first of
     * {@code identities} the file was encrypted to.
     *
     * @throws AgeException when it is not an age file, no identity matches, or the file is truncated or was changed
     */
    public static byte[] decrypt(byte[] ageFile, List<AgeIdentity> identities) {
        byte[] file = AgeArmor.isArmored(ageFile) ? AgeArmor.dearmor(ageFile) : ageFile;
        AgeHeader header = AgeHeader.parse(file);
        byte[] fileKey = fileKey(header, identities == null ? List.of() : identities);
        if (!header.macMatches(file, fileKey)) {
            throw new AgeException(AgeHeader.BAD_MAC);
        }
        if (file.length - header.payloadStart() < NONCE_LENGTH) {
            throw new AgeException(AgeHeader.TRUNCATED);
        }
        byte[] nonce = java.util.Arrays.copyOfRange(file, header.payloadStart(), header.payloadStart() + NONCE_LENGTH);
        return PayloadStream.open(AgeCrypto.hkdf(fileKey, nonce, PAYLOAD_INFO), file,
                header.payloadStart() + NONCE_LENGTH);
    }

    private static byte[] fileKey(AgeHeader header, List<AgeIdentity> identities) {
        List<Stanza> stanzas = header.stanzas();
        boolean scrypt = stanzas.stream().anyMatch(s -> s.type().equals("scrypt"));
        if (scrypt && stanzas.size() > 1) {
            throw new AgeException("the age header is malformed: a passphrase (scrypt) stanza must be the only one");
        }
        if (scrypt) {
            throw new AgeException(NO_MATCH + " (it is encrypted with a passphrase, which the installer does not "
                    + "use; decrypt it with age -d)");
        }
        for (Stanza stanza : stanzas) {
            if (!stanza.type().equals(X25519Stanza.TYPE)) {
                continue; // other recipient types (ssh, plugins) are not ours to open
            }
            X25519Stanza.share(stanza); // a malformed stanza is refused even when no identity is given
            for (AgeIdentity identity : identities) {
                byte[] fileKey = X25519Stanza.unwrap(stanza, identity);
                if (fileKey != null) {
                    return fileKey;
                }
            }
        }
        throw new AgeException(NO_MATCH);
    }
}
