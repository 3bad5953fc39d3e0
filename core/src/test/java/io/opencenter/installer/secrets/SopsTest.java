package io.opencenter.installer.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Our SOPS writer against our SOPS reader; SopsRealSopsTest holds both to the real sops. */
class SopsTest {
    static final String REGEX = "^(data|stringData)$";
    static final Instant NOW = Instant.parse("2026-12-07T06:24:57.123Z");
    static final String SECRET = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: cinder-csi-cloud-config
              namespace: kube-system
              labels:
                version: "1.33"
                enabled: "true"
              annotations:
                created: "2026-12-07T06:24:57Z"
                note: |
                  kept
                  readable
            type: Opaque
            data:
              password: c2VjcmV0LXZhbHVlLTE=
              empty: ""
            stringData:
              cloud.conf: |
                [Global]
                application-credential-secret = s3cr3t-app-cred
              port: 5432
              ratio: 1.5
              debug: true
              none: null
              zones:
                - nova
                - 2
            """;
    static final Pattern ENC = Pattern.compile(
            "ENC\\[AES256_GCM,data:([A-Za-z0-9+/=]+),iv:([A-Za-z0-9+/=]{44}),tag:([A-Za-z0-9+/=]{24}),type:(\\w+)]");

    static final AgeIdentity ALICE = AgeIdentity.generate();
    static final AgeIdentity BOB = AgeIdentity.generate();

    @Test
    void encryptsOnlyTheRegexKeysAndEachRecipientDecrypts() {
        String sops = Sops.encrypt(SECRET, List.of(ALICE.recipient(), BOB.recipient()), REGEX, NOW);
        ObjectNode written = SopsYaml.readDocument(sops, "out");
        ObjectNode plain = SopsYaml.readDocument(SECRET, "in");

        assertThat(written.get("metadata")).isEqualTo(plain.get("metadata"));
        assertThat(written.get("type")).isEqualTo(plain.get("type"));
        assertThat(type(written.at("/data/password"))).isEqualTo("str");
        assertThat(written.at("/data/empty").textValue()).isEmpty(); // sops leaves empty strings as they are
        assertThat(type(written.at("/stringData/cloud.conf"))).isEqualTo("str");
        assertThat(type(written.at("/stringData/port"))).isEqualTo("int");
        assertThat(type(written.at("/stringData/ratio"))).isEqualTo("float");
        assertThat(type(written.at("/stringData/debug"))).isEqualTo("bool");
        assertThat(written.at("/stringData/none").isNull()).isTrue();
        assertThat(type(written.at("/stringData/zones/0"))).isEqualTo("str");
        assertThat(type(written.at("/stringData/zones/1"))).isEqualTo("int");
        assertThat(sops).doesNotContain("c2VjcmV0LXZhbHVlLTE=", "s3cr3t-app-cred", "5432");

        JsonNode meta = written.get("sops");
        assertThat(meta.get("age")).hasSize(2);
        assertThat(meta.at("/age/0/recipient").textValue()).isEqualTo(ALICE.recipient().encoded());
        assertThat(meta.at("/age/1/recipient").textValue()).isEqualTo(BOB.recipient().encoded());
        assertThat(meta.at("/age/0/enc").textValue()).startsWith("-----BEGIN AGE ENCRYPTED FILE-----");
        assertThat(meta.get("encrypted_regex").textValue()).isEqualTo(REGEX);
        assertThat(meta.get("lastmodified").textValue()).isEqualTo("2026-12-07T06:24:57Z");
        assertThat(type(meta.get("mac"))).isEqualTo("str");
        assertThat(meta.get("version").textValue()).isEqualTo("3.13.3");
        assertThat(sops).contains("lastmodified: \"2026-12-07T06:24:57Z\"");

        for (AgeIdentity identity : List.of(ALICE, BOB)) {
            String decrypted = Sops.decrypt(sops, List.of(identity));
            assertThat(SopsYaml.readDocument(decrypted, "dec")).isEqualTo(plain);
            assertThat(decrypted).doesNotContain("sops:");
        }
        assertThat(Sops.decrypt(sops, List.of(ALICE))).contains("cloud.conf: |");
    }

    @Test
    void theRegexDecidesWhatIsEncrypted() {
        String sops = Sops.encrypt(SECRET, List.of(ALICE.recipient()), "^data$", NOW);
        ObjectNode written = SopsYaml.readDocument(sops, "out");
        assertThat(type(written.at("/data/password"))).isEqualTo("str");
        assertThat(written.get("stringData")).isEqualTo(SopsYaml.readDocument(SECRET, "in").get("stringData"));
        assertThat(SopsYaml.readDocument(Sops.decrypt(sops, List.of(ALICE)), "dec"))
                .isEqualTo(SopsYaml.readDocument(SECRET, "in"));
    }

    @Test
    void everyEncryptionUsesFreshIvsAndDataKey() {
        String first = Sops.encrypt(SECRET, List.of(ALICE.recipient()), REGEX, NOW);
        String second = Sops.encrypt(SECRET, List.of(ALICE.recipient()), REGEX, NOW);
        assertThat(first).isNotEqualTo(second);
        assertThat(encOf(first, "/data/password").group(2)).isNotEqualTo(encOf(second, "/data/password").group(2));
    }

    @Test
    void sameContentComparesTheDecryptedData() {
        String sops = Sops.encrypt(SECRET, List.of(ALICE.recipient()), REGEX, NOW);
        assertThat(Sops.sameContent(sops, SECRET, List.of(ALICE))).isTrue();
        assertThat(Sops.sameContent(sops, SECRET.replace("port: 5432", "port: 5433"), List.of(ALICE))).isFalse();
        assertThat(Sops.sameContent(sops, SECRET.replace("port: 5432", "port: \"5432\""), List.of(ALICE)))
                .as("a string is not the int it spells").isFalse();
        assertThat(Sops.sameContent(sops, SECRET.replace("kube-system", "default"), List.of(ALICE))).isFalse();
        assertThat(Sops.sameContent(sops, SECRET, List.of(BOB))).as("cannot be decrypted: not the same").isFalse();
    }

    @Test
    void aChangedValueIsRefusedWithoutShowingIt() {
        String sops = Sops.encrypt(SECRET, List.of(ALICE.recipient()), REGEX, NOW);
        Matcher enc = encOf(sops, "/data/password");
        String data = enc.group(1);
        String flipped = (data.charAt(0) == 'A' ? "B" : "A") + data.substring(1);
        String tampered = sops.replace("data:" + data + ",", "data:" + flipped + ",");
        assertThatThrownBy(() -> Sops.decrypt(tampered, List.of(ALICE), "secret.sops.yaml"))
                .isInstanceOf(SopsException.class)
                .hasMessageContaining("data.password in secret.sops.yaml")
                .hasMessageContaining("changed after encryption")
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void aValueMovedToAnotherKeyIsRefused() {
        String other = SECRET.replace("  empty: \"\"", "  other: b3RoZXI=");
        String sops = Sops.encrypt(other, List.of(ALICE.recipient()), REGEX, NOW);
        String password = encOf(sops, "/data/password").group();
        String moved = sops.replace("other: " + encOf(sops, "/data/other").group(), "other: " + password);
        assertThatThrownBy(() -> Sops.decrypt(moved, List.of(ALICE)))
                .isInstanceOf(SopsException.class).hasMessageContaining("data.other");
    }

    @Test
    void aChangedPlainValueOrMacIsRefused() {
        String sops = Sops.encrypt(SECRET, List.of(ALICE.recipient()), REGEX, NOW);
        String renamed = sops.replace("name: cinder-csi-cloud-config", "name: something-else");
        assertThat(renamed).isNotEqualTo(sops);
        assertThatThrownBy(() -> Sops.decrypt(renamed, List.of(ALICE), "secret.sops.yaml"))
                .isInstanceOf(SopsException.class)
                .hasMessage("the MAC does not match: secret.sops.yaml was changed after encryption; encrypt it "
                        + "again from its source");

        String macData = encOf(sops, "/sops/mac").group(1);
        String badMac = sops.replace(macData, (macData.charAt(0) == 'A' ? "B" : "A") + macData.substring(1));
        assertThatThrownBy(() -> Sops.decrypt(badMac, List.of(ALICE), "secret.sops.yaml"))
                .isInstanceOf(SopsException.class).hasMessageContaining("the MAC of secret.sops.yaml");

        String otherTime = sops.replace("2026-12-07T06:24:57Z", "2026-12-07T06:24:58Z");
        assertThatThrownBy(() -> Sops.decrypt(otherTime, List.of(ALICE)))
                .as("lastmodified authenticates the MAC").isInstanceOf(SopsException.class);
    }

    @Test
    void aKeyThatIsNoRecipientIsRefusedNamingTheRecipients() {
        String sops = Sops.encrypt(SECRET, List.of(ALICE.recipient()), REGEX, NOW);
        assertThatThrownBy(() -> Sops.decrypt(sops, List.of(BOB), "secret.sops.yaml"))
                .isInstanceOf(SopsException.class)
                .hasMessageContaining("secret.sops.yaml cannot be decrypted with the given age key")
                .hasMessageContaining(ALICE.recipient().encoded())
                .hasMessageContaining(BOB.recipient().encoded())
                .hasMessageNotContaining(BOB.encoded()).hasMessageNotContaining(ALICE.encoded());
    }

    @Test
    void aPlainFileIsNotSopsEncrypted() {
        assertThatThrownBy(() -> Sops.decrypt(SECRET, List.of(ALICE), "secret.yaml"))
                .isInstanceOf(SopsException.class)
                .hasMessageStartingWith("secret.yaml is not SOPS-encrypted");
        String sops = Sops.encrypt(SECRET, List.of(ALICE.recipient()), REGEX, NOW);
        assertThatThrownBy(() -> Sops.encrypt(sops, List.of(ALICE.recipient()), REGEX, NOW))
                .isInstanceOf(SopsException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> Sops.decrypt("a: [", List.of(ALICE), "broken.yaml"))
                .isInstanceOf(SopsException.class).hasMessageStartingWith("broken.yaml is not valid YAML (line");
    }

    @Test
    void whatSopsCannotHoldIsRefusedNamingWhere() {
        String big = "kind: Secret\nstringData:\n  big: 123456789012345678901234567890\n";
        assertThatThrownBy(() -> Sops.encrypt(big, List.of(ALICE.recipient()), REGEX, NOW))
                .isInstanceOf(SopsException.class)
                .hasMessageContaining("stringData.big").hasMessageNotContaining("1234567890");
        assertThatThrownBy(() -> Sops.encrypt(SECRET, List.of(ALICE.recipient()), "^(data", NOW))
                .isInstanceOf(SopsException.class).hasMessageContaining("encrypted_regex '^(data'");
        assertThatThrownBy(() -> Sops.encrypt(SECRET, List.of(), REGEX, NOW))
                .isInstanceOf(SopsException.class).hasMessageContaining("no age recipient");
    }

    @Test
    void sopsConfigHasOneCreationRule() {
        String config = SopsConfig.render(List.of(ALICE.recipient(), BOB.recipient()), ".*\\.sops\\.yaml$", REGEX);
        ObjectNode read = SopsYaml.readDocument(config, ".sops.yaml");
        assertThat(read.at("/creation_rules")).hasSize(1);
        assertThat(read.at("/creation_rules/0/path_regex").textValue()).isEqualTo(".*\\.sops\\.yaml$");
        assertThat(read.at("/creation_rules/0/encrypted_regex").textValue()).isEqualTo(REGEX);
        assertThat(read.at("/creation_rules/0/age").textValue())
                .isEqualTo(ALICE.recipient().encoded() + "," + BOB.recipient().encoded());
    }

    private static String type(JsonNode value) {
        Matcher m = ENC.matcher(value.asText());
        assertThat(m.matches()).as("an ENC[…] value: %s", value).isTrue();
        return m.group(4);
    }

    private static Matcher encOf(String sops, String pointer) {
        Matcher m = ENC.matcher(SopsYaml.readDocument(sops, "out").at(pointer).asText());
        assertThat(m.matches()).isTrue();
        return m;
    }
}
