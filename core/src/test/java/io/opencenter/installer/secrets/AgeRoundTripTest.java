package io.opencenter.installer.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files we encrypt open again here, at every chunk boundary of the payload, for each of several recipients. */
class AgeRoundTripTest {
    static final AgeIdentity ALICE = AgeIdentity.generate();
    static final AgeIdentity BOB = AgeIdentity.generate();

    static byte[] plaintext(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 128 * 1024, 200 * 1024})
    void opensWhatItSealed(int size) {
        byte[] plain = plaintext(size);
        byte[] file = Age.encrypt(plain, List.of(ALICE.recipient()));

        assertThat(new String(file, 0, 22, StandardCharsets.US_ASCII)).isEqualTo("age-encryption.org/v1\n");
        int chunks = Math.max(1, (size + 65535) / 65536);
        int header = file.length - 16 - size - 16 * chunks;
        assertThat(header).as("header length (version, one X25519 stanza, MAC)").isEqualTo(22 + 54 + 44 + 48);
        assertThat(Age.decrypt(file, List.of(ALICE))).isEqualTo(plain);
    }

    @Test
    void everyRecipientOpensTheSameFile() {
        byte[] plain = "data: c2VjcmV0".getBytes(StandardCharsets.UTF_8);
        byte[] file = Age.encrypt(plain, List.of(ALICE.recipient(), BOB.recipient()));

        String header = new String(file, 0, 300, StandardCharsets.ISO_8859_1);
        assertThat(header.split("-> X25519 ", -1)).hasSize(3);
        assertThat(Age.decrypt(file, List.of(ALICE))).isEqualTo(plain);
        assertThat(Age.decrypt(file, List.of(BOB))).isEqualTo(plain);
        assertThat(Age.decrypt(file, List.of(AgeIdentity.generate(), BOB))).isEqualTo(plain);
    }

    @Test
    void eachFileHasItsOwnKeyAndNonce() {
        byte[] plain = plaintext(100);
        assertThat(Age.encrypt(plain, List.of(ALICE.recipient())))
                .isNotEqualTo(Age.encrypt(plain, List.of(ALICE.recipient())));
    }

    @Test
    void aWrongIdentityIsRefused() {
        byte[] file = Age.encrypt(plaintext(10), List.of(ALICE.recipient()));

        assertThatThrownBy(() -> Age.decrypt(file, List.of(BOB))).isInstanceOf(AgeException.class)
                .hasMessage("no identity matches any recipient of this file");
        assertThatThrownBy(() -> Age.decrypt(file, List.of())).hasMessage(
                "no identity matches any recipient of this file");
    }

    @Test
    void noRecipientIsRefused() {
        assertThatThrownBy(() -> Age.encrypt(new byte[1], List.of())).isInstanceOf(AgeException.class)
                .hasMessageContaining("no age recipient given");
    }

    @Test
    void armoredFilesOpenToo() {
        byte[] plain = plaintext(5000);
        byte[] file = Age.encrypt(plain, List.of(ALICE.recipient()));
        String armored = AgeArmor.armor(file);

        assertThat(AgeArmor.dearmor(armored)).isEqualTo(file);
        assertThat(Age.decrypt(armored.getBytes(StandardCharsets.US_ASCII), List.of(ALICE))).isEqualTo(plain);
        assertThat(Age.decrypt(("\n  " + armored.replace("\n", "\r\n") + "\n\n").getBytes(StandardCharsets.US_ASCII),
                List.of(ALICE))).isEqualTo(plain);
    }
}
