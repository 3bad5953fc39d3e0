package io.opencenter.installer.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files that must not open, each refused with the sentence a user can act on: truncated, changed in the header or in
 * the payload, for another key, not age at all. No message quotes key material.
 */
class AgeRefusalTest {
    static final AgeIdentity KEY = AgeIdentity.generate();
    static final int CHUNK = 64 * 1024;
    /** Two full chunks and a short third: cuts at and between chunk boundaries. */
    static final byte[] PLAIN = AgeRoundTripTest.plaintext(2 * CHUNK + 100);
    static final byte[] FILE = Age.encrypt(PLAIN, List.of(KEY.recipient()));
    static final int HEADER = AgeHeader.parse(FILE).payloadStart();
    /** Where the payload's chunks start, after its 16-byte nonce. */
    static final int CHUNKS = HEADER + 16;

    private static void refused(byte[] file, String message) {
        assertThatThrownBy(() -> Age.decrypt(file, List.of(KEY))).isInstanceOf(AgeException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY.encoded().substring(16, 40)));
    }

    private static byte[] flip(byte[] file, int at) {
        byte[] copy = file.clone();
        copy[at] ^= 0x01;
        return copy;
    }

    private static byte[] cut(int length) {
        return Arrays.copyOf(FILE, length);
    }

    @Test
    void theIntactFileOpens() {
        assertThat(Age.decrypt(FILE, List.of(KEY))).isEqualTo(PLAIN);
    }

    @Test
    void aFileCutInTheHeaderIsTruncated() {
        for (int length : new int[] {5, 22, 40, HEADER - 20, HEADER - 1}) {
            refused(cut(length), "the file is truncated");
        }
    }

    @Test
    void aFileCutInTheNonceOrAtAChunkBoundaryIsTruncated() {
        refused(cut(HEADER), "the file is truncated");
        refused(cut(HEADER + 10), "the file is truncated");
        refused(cut(CHUNKS), "the file is truncated");
        // the final chunk is missing: the last chunk there does not carry the last-chunk flag
        refused(cut(CHUNKS + CHUNK + 16), "the file is truncated");
        refused(cut(CHUNKS + 2 * (CHUNK + 16)), "the file is truncated");
        refused(cut(CHUNKS + 2 * (CHUNK + 16) + 10), "the file is truncated");
    }

    @Test
    void aFileCutWithinAChunkCannotBeToldFromATamperedOne() {
        refused(cut(CHUNKS + 1000), "payload chunk 1 failed authentication (the file was tampered with, or is "
                + "truncated)");
        refused(cut(FILE.length - 1), "payload chunk 3 failed authentication (the file was tampered with, or is "
                + "truncated)");
    }

    @Test
    void aChangedHeaderFailsItsMac() {
        String header = new String(FILE, 0, HEADER, StandardCharsets.ISO_8859_1);
        // another stanza slipped in: still a well-formed header, but not the one the MAC covers
        String extra = header.replace("\n---", "\n-> ssh-ed25519 abc\nAAAA\n---");
        refused(withHeader(extra), "the header MAC does not match (the file was changed or the key is wrong)");
        // a character of the MAC itself changed to another base64 character
        int macAt = header.lastIndexOf("--- ") + 10;
        char c = header.charAt(macAt);
        String otherMac = header.substring(0, macAt) + (c == 'A' ? 'B' : 'A') + header.substring(macAt + 1);
        refused(withHeader(otherMac), "the header MAC does not match (the file was changed or the key is wrong)");
    }

    @Test
    void aFlippedBitInTheHeaderIsRefused() {
        // in the stanza's ephemeral share: the key no longer opens it
        int shareAt = new String(FILE, 0, HEADER, StandardCharsets.ISO_8859_1).indexOf("X25519 ") + 10;
        assertThatThrownBy(() -> Age.decrypt(flip(FILE, shareAt), List.of(KEY))).isInstanceOf(AgeException.class)
                .hasMessageMatching("no identity matches any recipient of this file|the age header is malformed.*");
        // in the version line
        refused(flip(FILE, 3), "not an age file (expected 'age-encryption.org/v1')");
    }

    @Test
    void aFlippedBitInThePayloadNamesTheChunk() {
        refused(flip(FILE, CHUNKS + 5), "payload chunk 1 failed authentication (the file was tampered with)");
        refused(flip(FILE, CHUNKS + CHUNK + 16 + 5), "payload chunk 2 failed authentication (the file was tampered "
                + "with)");
        // in the nonce: every chunk's key changes, the first chunk fails
        refused(flip(FILE, HEADER + 3), "payload chunk 1 failed authentication (the file was tampered with)");
        // in the final chunk's tag
        refused(flip(FILE, FILE.length - 1), "payload chunk 3 failed authentication (the file was tampered with, or "
                + "is truncated)");
    }

    @Test
    void dataAfterTheFinalChunkIsRefused() {
        byte[] small = Age.encrypt(AgeRoundTripTest.plaintext(CHUNK), List.of(KEY.recipient()));
        byte[] appended = Arrays.copyOf(small, small.length + 40);
        assertThatThrownBy(() -> Age.decrypt(appended, List.of(KEY))).hasMessage(
                "the age payload has data after its final chunk (the file was changed)");
    }

    @Test
    void aWrongKeyIsRefused() {
        refused(Age.encrypt(PLAIN, List.of(AgeIdentity.generate().recipient())),
                "no identity matches any recipient of this file");
    }

    @Test
    void somethingElseIsNotAnAgeFile() {
        refused("apiVersion: v1\nkind: Secret\n".getBytes(StandardCharsets.UTF_8),
                "not an age file (expected 'age-encryption.org/v1')");
        refused(new byte[] {0x50, 0x4b, 3, 4, 0, 0}, "not an age file (expected 'age-encryption.org/v1')");
        refused(new byte[0], "not an age file (expected 'age-encryption.org/v1')");
        refused("age-encryption.org/v2\n-> X25519 a\n".getBytes(StandardCharsets.US_ASCII),
                "unsupported age format version (this reads only age-encryption.org/v1)");
    }

    @Test
    void onlyOtherRecipientTypesMatchNoIdentity() {
        String foreign = "age-encryption.org/v1\n-> ssh-ed25519 Ab12Cd AAAA\nBBBB\n--- "
                + "A".repeat(43) + "\n";
        refused(foreign.getBytes(StandardCharsets.US_ASCII), "no identity matches any recipient of this file");
        String scrypt = "age-encryption.org/v1\n-> scrypt " + "A".repeat(22) + " 18\n" + "A".repeat(43) + "\n--- "
                + "A".repeat(43) + "\n";
        assertThatThrownBy(() -> Age.decrypt(scrypt.getBytes(StandardCharsets.US_ASCII), List.of(KEY)))
                .hasMessageStartingWith("no identity matches any recipient of this file");
        String mixed = scrypt.replace("\n---", "\n-> X25519 " + "A".repeat(43) + "\n" + "A".repeat(43) + "\n---");
        assertThatThrownBy(() -> Age.decrypt(mixed.getBytes(StandardCharsets.US_ASCII), List.of(KEY)))
                .hasMessageContaining("scrypt) stanza must be the only one");
    }

    @Test
    void malformedHeadersAreNamed() {
        String header = new String(FILE, 0, HEADER, StandardCharsets.ISO_8859_1);
        // a stanza body that does not end with a short line (the MAC line is read as body)
        String longBody = header.replace("\n---", "\n-> other\n" + "A".repeat(64) + "\n---");
        assertThatThrownBy(() -> Age.decrypt(withHeader(longBody), List.of(KEY)))
                .hasMessageStartingWith("the age header is malformed: the body of stanza 2");
        // padding in a stanza body
        String padded = header.replace("\n---", "\n-> other\nAA==\n---");
        assertThatThrownBy(() -> Age.decrypt(withHeader(padded), List.of(KEY)))
                .hasMessageStartingWith("the age header is malformed: the body of stanza 2 is not canonical");
        // a line that is neither a stanza nor the MAC
        String junk = header.replace("\n---", "\nhello\n---");
        assertThatThrownBy(() -> Age.decrypt(withHeader(junk), List.of(KEY)))
                .hasMessageStartingWith("the age header is malformed: line 4 is neither");
        // an X25519 stanza with a short body
        String shortBody = "age-encryption.org/v1\n-> X25519 " + "A".repeat(43) + "\nAAAA\n--- " + "A".repeat(43)
                + "\n";
        assertThatThrownBy(() -> Age.decrypt(shortBody.getBytes(StandardCharsets.US_ASCII), List.of(KEY)))
                .hasMessage("the age header is malformed: an X25519 stanza's body is 3 bytes, not 32");
    }

    private static byte[] withHeader(String header) {
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(h, h.length + FILE.length - HEADER);
        System.arraycopy(FILE, HEADER, out, h.length, FILE.length - HEADER);
        return out;
    }
}
