package io.opencenter.installer.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sops:} block of a file: the data key wrapped for each age recipient, when it was written, the
 * encrypted MAC, which leaves are encrypted, and the sops version the format follows. Written with its keys in
 * sops' own (alphabetical) order.
 */
record SopsMetadata(List<AgeStanza> age, String lastModified, String mac, EncryptionRule rule,
        boolean macOnlyEncrypted, String version) {
    static final String KEY = "sops";
    /** The sops release whose format this follows (the test bed's). */
    static final String FORMAT_VERSION = "3.13.3";
    private static final DateTimeFormatter GO_RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final List<String> OTHER_KEY_SOURCES = List.of("kms", "gcp_kms", "azure_kv", "hc_vault", "pgp",
            "hckms");

    /** The data key wrapped for one age recipient: {@code enc} is an ASCII-armored age file. */
    record AgeStanza(String recipient, String enc) {}

    SopsMetadata {
        age = List.copyOf(age);
    }

    /** Go's time.RFC3339 of {@code now} in UTC, to the second, as sops writes {@code lastmodified}. */
    static String lastModifiedOf(Instant now) {
        return GO_RFC3339.format(now.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /**
     * The additional data the MAC is encrypted with: sops parses {@code lastmodified} and formats it again as
     * RFC 3339 to the second, so that is what authenticates, not the text as written.
     */
    String macAdditionalData(String what) {
        try {
            return GO_RFC3339.format(OffsetDateTime.parse(lastModified).truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            throw new SopsException(what + " has a lastmodified that is not an RFC 3339 time: the sops block was "
                    + "damaged; encrypt the file again");
        }
    }

    ObjectNode toNode() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode sops = nodes.objectNode();
        ArrayNode stanzas = sops.putArray("age");
        age.forEach(a -> stanzas.addObject().put("enc", a.enc()).put("recipient", a.recipient()));
        // sops orders these keys alphabetically; the rule's key falls between age and lastmodified or after mac.
        if (rule.key().compareTo("lastmodified") < 0) {
            sops.put(rule.key(), rule.value());
        }
        sops.put("lastmodified", lastModified);
        sops.put("mac", mac);
        if (macOnlyEncrypted) {
            sops.put("mac_only_encrypted", true);
        }
        if (rule.key().compareTo("lastmodified") > 0) {
            sops.put(rule.key(), rule.value());
        }
        sops.put("version", version);
        return sops;
    }

    /** Reads the {@code sops:} block; {@code what} names the file in errors. */
    static SopsMetadata read(JsonNode sops, String what) {
        if (!(sops instanceof ObjectNode block)) {
            throw new SopsException(what + " has a 'sops' key that is not the SOPS metadata block: " + notSops(what));
        }
        for (String unsupported : List.of("encrypted_comment_regex", "unencrypted_comment_regex")) {
            if (block.hasNonNull(unsupported)) {
                throw new SopsException(what + " uses " + unsupported + ", which this installer does not read: "
                        + "encrypt it with encrypted_regex instead");
            }
        }
        List<EncryptionRule> rules = new ArrayList<>();
        for (String key : EncryptionRule.KEYS) {
            String value = block.path(key).asText("");
            if (!value.isEmpty()) {
                rules.add(new EncryptionRule(key, value));
            }
        }
        if (rules.size() > 1) {
            throw new SopsException(what + " has more than one of " + EncryptionRule.KEYS + " in its sops block, "
                    + "which sops refuses too: encrypt the file again");
        }
        String lastModified = block.path("lastmodified").asText("");
        String mac = block.path("mac").asText("");
        if (lastModified.isEmpty() || mac.isEmpty()) {
            throw new SopsException(what + " has no " + (mac.isEmpty() ? "mac" : "lastmodified")
                    + " in its sops block: the block was damaged; encrypt the file again");
        }
        return new SopsMetadata(ageStanzas(block, what), lastModified, mac,
                rules.isEmpty() ? EncryptionRule.SOPS_DEFAULT : rules.get(0),
                block.path("mac_only_encrypted").asBoolean(false), block.path("version").asText(""));
    }

    private static List<AgeStanza> ageStanzas(ObjectNode block, String what) {
        JsonNode groups = block.path("key_groups");
        if (groups.isArray() && groups.size() > 1) {
            throw new SopsException(what + " splits its data key over " + groups.size() + " key groups (Shamir), "
                    + "which this installer does not read: encrypt it for age recipients in one group");
        }
        JsonNode list = groups.isArray() && groups.size() == 1 ? groups.get(0).path("age") : block.path("age");
        List<AgeStanza> stanzas = new ArrayList<>();
        for (JsonNode entry : list) {
            String recipient = entry.path("recipient").asText("");
            String enc = entry.path("enc").asText("");
            if (!recipient.isEmpty() && !enc.isEmpty()) {
                stanzas.add(new AgeStanza(recipient, enc));
            }
        }
        if (stanzas.isEmpty()) {
            List<String> others = OTHER_KEY_SOURCES.stream().filter(k -> block.path(k).size() > 0).toList();
            throw new SopsException(what + " has no age recipient in its sops block"
                    + (others.isEmpty() ? "" : " (only " + String.join(", ", others) + ")")
                    + ": encrypt it for the cluster's age recipient (.sops.yaml)");
        }
        return stanzas;
    }

    static String notSops(String what) {
        return what + " is not SOPS-encrypted (no sops metadata block): encrypt it with sops or the installer";
    }
}
