package io.opencenter.installer.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Kubernetes Secret manifests in the SOPS YAML format, as sops 3.13 writes and reads them (and so as Flux's
 * kustomize-controller decrypts them): every leaf under a key matching the encrypted regex becomes
 * {@code ENC[AES256_GCM,…]} under a random 32-byte data key, that key is wrapped for each age recipient, and a MAC
 * (SHA-512 over every leaf's plaintext in document order, encrypted with the data key and {@code lastmodified} as
 * additional data) binds the whole document. YAML comments are not kept.
 */
public final class Sops {
    private static final String DEFAULT_NAME = "the SOPS document";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sops() {}

    /**
     * Encrypts one YAML document for {@code recipients}: keys matching {@code encryptedRegex} (e.g.
     * {@code ^(data|stringData)$}) and everything under them are encrypted, the rest stays readable.
     */
    public static String encrypt(String plaintextYaml, List<AgeRecipient> recipients, String encryptedRegex,
            Instant now) {
        EncryptionRule rule = EncryptionRule.encryptedRegex(encryptedRegex);
        ObjectNode tree = SopsYaml.readDocument(plaintextYaml, "the manifest to encrypt");
        if (tree.has(SopsMetadata.KEY)) {
            throw new SopsException("the manifest to encrypt already has a 'sops' key: it is SOPS-encrypted "
                    + "already; decrypt it first or write it anew");
        }
        byte[] dataKey = DataKeys.generate(RANDOM);
        try {
            List<SopsMetadata.AgeStanza> stanzas = DataKeys.wrap(dataKey, recipients);
            MessageDigest mac = sha512();
            SopsTree.walk(tree, (leaf, path) -> {
                String additionalData = SopsTree.additionalData(path);
                mac.update(SopsValues.bytesOf(leaf, additionalData));
                return rule.encrypts(path)
                        ? TextNode.valueOf(SopsValues.encrypt(leaf, dataKey, additionalData, RANDOM))
                        : leaf;
            });
            String lastModified = SopsMetadata.lastModifiedOf(now);
            String encryptedMac = SopsValues.encrypt(TextNode.valueOf(hex(mac)), dataKey, lastModified, RANDOM);
            SopsMetadata metadata = new SopsMetadata(stanzas, lastModified, encryptedMac, rule, false,
                    SopsMetadata.FORMAT_VERSION);
            tree.set(SopsMetadata.KEY, metadata.toNode());
            return SopsYaml.write(tree);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** {@link #decrypt(String, List, String)} naming the input "the SOPS document" in errors. */
    public static String decrypt(String sopsYaml, List<AgeIdentity> identities) {
        return decrypt(sopsYaml, identities, DEFAULT_NAME);
    }

    /**
     * The plaintext YAML of a SOPS document, without its {@code sops} block, once the MAC shows nothing was changed
     * after encryption. {@code fileName} names the document in errors.
     */
    public static String decrypt(String sopsYaml, List<AgeIdentity> identities, String fileName) {
        return SopsYaml.write(decryptTree(sopsYaml, identities, fileName));
    }

    /**
     * True when {@code sopsYaml} decrypts with {@code identities} to the same data as {@code plaintextYaml} (same
     * keys in the same order, same values and types), so an existing encrypted file can be kept byte-identical.
     * A document that cannot be decrypted with these identities, or whose MAC does not match, is not the same
     * content: false. An unreadable {@code plaintextYaml} is an error.
     */
    public static boolean sameContent(String sopsYaml, String plaintextYaml, List<AgeIdentity> identities) {
        ObjectNode wanted = SopsYaml.readDocument(plaintextYaml, "the manifest to compare");
        ObjectNode existing;
        try {
            existing = decryptTree(sopsYaml, identities, DEFAULT_NAME);
        } catch (SopsException e) {
            return false;
        }
        // Read back what we would write, so an int decrypted here compares equal to one parsed from text.
        return SopsYaml.readDocument(SopsYaml.write(existing), DEFAULT_NAME).equals(wanted);
    }

    private static ObjectNode decryptTree(String sopsYaml, List<AgeIdentity> identities, String what) {
        ObjectNode tree = SopsYaml.readDocument(sopsYaml, what);
        JsonNode block = tree.remove(SopsMetadata.KEY);
        if (block == null || block.isNull()) {
            throw new SopsException(SopsMetadata.notSops(what));
        }
        SopsMetadata metadata = SopsMetadata.read(block, what);
        byte[] dataKey = DataKeys.unwrap(metadata.age(), identities, what);
        try {
            MessageDigest mac = sha512();
            if (metadata.macOnlyEncrypted()) {
                // sops starts such a MAC with SHA-256("sops") so it never equals the MAC over all values
                mac.update(sha256("sops"));
            }
            SopsTree.walk(tree, (leaf, path) -> {
                String additionalData = SopsTree.additionalData(path);
                boolean encrypted = metadata.rule().encrypts(path);
                JsonNode plain = leaf;
                if (encrypted) {
                    String where = "the value at " + String.join(".", path) + " in " + what;
                    if (!leaf.isTextual()) {
                        throw new SopsException(where + " should be encrypted but is a plain " + leaf.getNodeType()
                                .toString().toLowerCase(java.util.Locale.ROOT) + ": encrypt the file again");
                    }
                    plain = SopsValues.decrypt(leaf.textValue(), dataKey, additionalData, where);
                }
                if (encrypted || !metadata.macOnlyEncrypted()) {
                    mac.update(SopsValues.bytesOf(plain, additionalData));
                }
                return plain;
            });
            JsonNode stored = SopsValues.decrypt(metadata.mac(), dataKey, metadata.macAdditionalData(what),
                    "the MAC of " + what);
            if (!stored.isTextual() || !stored.textValue().equals(hex(mac))) {
                throw new SopsException("the MAC does not match: " + what + " was changed after encryption; "
                        + "encrypt it again from its source");
            }
            return tree;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().withUpperCase().formatHex(digest.digest());
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is not available in this Java runtime");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime");
        }
    }
}
