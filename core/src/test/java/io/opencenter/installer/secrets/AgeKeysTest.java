package io.opencenter.installer.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Identities and recipients: bech32 as BIP-173 (checked against its own test vectors), the spec's example key pair,
 * clear refusals that never quote the key, and a {@code toString} without the secret.
 */
class AgeKeysTest {
    /** The X25519 example of the age spec (c2sp.org/age): an identity and the recipient it gives. */
    static final String SPEC_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";
    static final String SPEC_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";

    @Test
    void theSpecsExampleKeyPair() {
        AgeIdentity identity = AgeIdentity.parse(SPEC_IDENTITY);
        assertThat(identity.recipient().encoded()).isEqualTo(SPEC_RECIPIENT);
        assertThat(identity.encoded()).isEqualTo(SPEC_IDENTITY);
        assertThat(AgeIdentity.parse("  " + SPEC_IDENTITY.toLowerCase(Locale.ROOT) + "\n")).isEqualTo(identity);
        assertThat(AgeRecipient.parse(SPEC_RECIPIENT.toUpperCase(Locale.ROOT)).encoded()).isEqualTo(SPEC_RECIPIENT);
    }

    @Test
    void generatedIdentitiesReadBack() {
        AgeIdentity identity = AgeIdentity.generate();
        assertThat(identity.encoded()).startsWith("AGE-SECRET-KEY-1").hasSize(74)
                .isEqualTo(identity.encoded().toUpperCase(Locale.ROOT));
        assertThat(identity.recipient().encoded()).startsWith("age1").hasSize(62);
        AgeIdentity again = AgeIdentity.parse(identity.encoded());
        assertThat(again).isEqualTo(identity);
        assertThat(again.recipient()).isEqualTo(identity.recipient());
        assertThat(AgeIdentity.generate()).isNotEqualTo(identity);
    }

    @Test
    void toStringShowsOnlyThePublicKey() {
        AgeIdentity identity = AgeIdentity.generate();
        String secretData = identity.encoded().substring("AGE-SECRET-KEY-1".length());
        assertThat(identity.toString()).isEqualTo("AgeIdentity[" + identity.recipient().encoded() + "]")
                .doesNotContainIgnoringCase(secretData);
    }

    @Test
    void aMistypedIdentityIsRefusedWithoutQuotingIt() {
        String typo = SPEC_IDENTITY.substring(0, 30) + (SPEC_IDENTITY.charAt(30) == 'Q' ? 'P' : 'Q')
                + SPEC_IDENTITY.substring(31);
        assertThatThrownBy(() -> AgeIdentity.parse(typo)).isInstanceOf(AgeException.class)
                .hasMessageContaining("checksum does not match")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase(typo.substring(16, 40)));
        String mixed = SPEC_IDENTITY.substring(0, 40) + SPEC_IDENTITY.substring(40).toLowerCase(Locale.ROOT);
        assertThatThrownBy(() -> AgeIdentity.parse(mixed)).hasMessageContaining("mixes upper and lower case");
        assertThatThrownBy(() -> AgeIdentity.parse(SPEC_IDENTITY.substring(0, 60))).hasMessageContaining(
                "not a valid age identity");
        assertThatThrownBy(() -> AgeIdentity.parse("AGE-SECRET-KEY-1B" + SPEC_IDENTITY.substring(16)))
                .hasMessageContaining("not a bech32 character");
    }

    @Test
    void theWrongKindOfKeyIsNamed() {
        assertThatThrownBy(() -> AgeIdentity.parse(SPEC_RECIPIENT)).hasMessageContaining(
                "this is an age recipient (a public key), not an identity");
        assertThatThrownBy(() -> AgeRecipient.parse(SPEC_IDENTITY)).hasMessageContaining(
                        "this is an age identity (a secret key), not a recipient")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SPEC_IDENTITY.substring(16)));
        assertThatThrownBy(() -> AgeIdentity.parse("ssh-ed25519 AAAA")).hasMessageContaining(
                "not an age identity");
        assertThatThrownBy(() -> AgeIdentity.parse(" ")).hasMessageContaining("no age identity given");
        assertThatThrownBy(() -> AgeRecipient.parse("ssh-ed25519 AAAA")).hasMessageContaining(
                "not an age recipient");
        assertThatThrownBy(() -> AgeRecipient.parse(null)).hasMessageContaining("no age recipient given");
    }

    @Test
    void aRecipientWithAnotherPrefixOrLengthIsRefused() {
        byte[] key = AgeIdentity.generate().recipient().publicKey();
        // a valid bech32 string, but post-quantum's prefix
        assertThatThrownBy(() -> AgeRecipient.parse(Bech32.encode("age1pq", key))).hasMessageContaining(
                "not an X25519 age recipient (prefix 'age1pq1')");
        // right prefix, wrong checksum
        String good = AgeIdentity.generate().recipient().encoded();
        String bad = good.substring(0, good.length() - 1) + (good.endsWith("q") ? "p" : "q");
        assertThatThrownBy(() -> AgeRecipient.parse(bad)).hasMessage(
                "not a valid age recipient: its checksum does not match (a character is mistyped or missing)");
        // right prefix, 31 bytes
        assertThatThrownBy(() -> new AgeRecipient(Bech32.encode("age", new byte[31]))).hasMessageContaining(
                "holds 31 bytes, not 32");
        // an identity under the wrong prefix
        assertThatThrownBy(() -> AgeIdentity.parse(Bech32.encode("age-secret-key-pq-", new byte[32])
                .toUpperCase(Locale.ROOT))).hasMessageContaining("not an age identity");
        assertThatThrownBy(() -> AgeIdentity.parse(Bech32.encode("age-secret-key-1", new byte[32])
                .toUpperCase(Locale.ROOT))).hasMessageContaining("not an X25519 age identity");
    }

    @Test
    void bech32MatchesBip173sVectors() throws Exception {
        // valid strings of BIP-173 (their checksums were computed by its reference code)
        for (String valid : new String[] {"A12UEL5L", "a12uel5l",
                "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
                "11" + "q".repeat(82) + "c8247j",
                "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", "?1ezyfcl"}) {
            Bech32.decode(valid);
        }
        assertThat(Bech32.decode("A12UEL5L").hrp()).isEqualTo("a");
        assertThat(Bech32.decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw").data()).hasSize(20);
        // and invalid ones: a changed checksum, mixed case, no separator, a character outside the charset
        for (String invalid : new String[] {"A12UEL5M", "A12uEL5L", "pzry9x0s0muk", "x1b4n0q5v", "1pzry9x0s0muk",
                "li1dgmt3"}) {
            assertThatThrownBy(() -> Bech32.decode(invalid)).as(invalid).isInstanceOf(Bech32.Invalid.class);
        }
        byte[] data = {0, 1, 2, (byte) 0xff, (byte) 0x80};
        assertThat(Bech32.decode(Bech32.encode("test", data)).data()).isEqualTo(data);
    }
}
