package io.opencenter.installer.secrets;

import java.io.ByteArrayOutputStream;

/**
 * age's payload: the plaintext in 64 KiB chunks, each sealed with ChaCha20-Poly1305 under the payload key and the
 * nonce {@code 11-byte big-endian chunk counter || last-chunk flag} (the STREAM construction). The final chunk carries
 * the flag, so a file cut at a chunk boundary is told apart from a complete one; it is empty only when the whole
 * plaintext is.
 */
final class PayloadStream {
    static final int CHUNK = 64 * 1024;
    private static final int SEALED_CHUNK = CHUNK + AgeCrypto.TAG_LENGTH;

    private PayloadStream() {}

    static byte[] seal(byte[] payloadKey, byte[] plaintext) {
        int chunks = Math.max(1, (plaintext.length + CHUNK - 1) / CHUNK);
        ByteArrayOutputStream out = new ByteArrayOutputStream(plaintext.length + chunks * AgeCrypto.TAG_LENGTH);
        for (int i = 0; i < chunks; i++) {
            int from = i * CHUNK;
            int length = Math.min(CHUNK, plaintext.length - from);
            out.writeBytes(AgeCrypto.seal(payloadKey, nonce(i, i == chunks - 1), plaintext, from, length));
        }
        return out.toByteArray();
    }

    /**
     * The plaintext of the sealed chunks in {@code file} from {@code offset} to its end.
     *
     * @throws AgeException naming the chunk (counted from 1) that fails, or saying the file is truncated
     */
    static byte[] open(byte[] payloadKey, byte[] file, int offset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(0, file.length - offset));
        int at = offset;
        for (long counter = 0; ; counter++) {
            int remaining = file.length - at;
            if (remaining < AgeCrypto.TAG_LENGTH) {
                // no room for even an empty chunk: the final chunk is missing or cut
                throw new AgeException(AgeHeader.TRUNCATED);
            }
            int length = Math.min(remaining, SEALED_CHUNK);
            boolean last = length == remaining;
            byte[] plain = AgeCrypto.open(payloadKey, nonce(counter, last), file, at, length);
            if (plain == null) {
                throw chunkFailure(payloadKey, file, at, length, counter, last);
            }
            if (last && plain.length == 0 && counter > 0) {
                throw new AgeException("the age payload is malformed: it ends with an empty chunk");
            }
            out.writeBytes(plain);
            at += length;
            if (last) {
                return out.toByteArray();
            }
        }
    }

    /**
     * Why chunk {@code counter} did not open. A full chunk that opens as a non-final one at the very end means the
     * final chunks are gone (the file was cut at a chunk boundary); one that opens as the final chunk with data after
     * it means data was appended.
     */
    private static AgeException chunkFailure(byte[] key, byte[] file, int at, int length, long counter, boolean last) {
        if (length == SEALED_CHUNK && AgeCrypto.open(key, nonce(counter, !last), file, at, length) != null) {
            return new AgeException(last ? AgeHeader.TRUNCATED
                    : "the age payload has data after its final chunk (the file was changed)");
        }
        String chunk = "payload chunk " + (counter + 1) + " failed authentication";
        // a final chunk shorter than a full one may also be a chunk that was cut: the format cannot tell the two apart
        return new AgeException(last && length < SEALED_CHUNK
                ? chunk + " (the file was tampered with, or is truncated)"
                : chunk + " (the file was tampered with)");
    }

    private static byte[] nonce(long counter, boolean last) {
        byte[] nonce = new byte[12];
        for (int i = 10; i >= 3; i--) {
            nonce[i] = (byte) (counter >>> (8 * (10 - i)));
        }
        nonce[11] = (byte) (last ? 1 : 0);
        return nonce;
    }
}
