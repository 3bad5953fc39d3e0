package io.opencenter.installer.secrets;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Bech32 as BIP-173 defines it (the original checksum, not bech32m), without BIP-173's 90-character limit, which age
 * drops. Strings are all lower or all upper case; the checksum is computed over the lower-case form.
 *
 * <p>Problems are reported by position, never by quoting the text: the text may be a secret key.
 */
final class Bech32 {
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int CHECKSUM_LENGTH = 6;

    /** What was decoded: the human-readable part (lower case) and the data bytes. */
    record Decoded(String hrp, byte[] data) {}

    /** Why a text is not bech32; the reason names positions, never characters. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason);
        }
    }

    private Bech32() {}

    /** The lower-case bech32 string of {@code data} under {@code hrp}. */
    static String encode(String hrp, byte[] data) {
        String lowerHrp = hrp.toLowerCase(Locale.ROOT);
        byte[] values = toFiveBits(data);
        int[] checksum = checksum(lowerHrp, values);
        StringBuilder out = new StringBuilder(lowerHrp.length() + 1 + values.length + CHECKSUM_LENGTH);
        out.append(lowerHrp).append('1');
        for (byte v : values) {
            out.append(CHARSET.charAt(v));
        }
        for (int c : checksum) {
            out.append(CHARSET.charAt(c));
        }
        return out.toString();
    }

    static Decoded decode(String text) throws Invalid {
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 33 || c > 126) {
                throw new Invalid("character " + (i + 1) + " is not a printable ASCII character");
            }
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            throw new Invalid("it mixes upper and lower case (bech32 is all one case)");
        }
        String s = text.toLowerCase(Locale.ROOT);
        int separator = s.lastIndexOf('1');
        if (separator < 1) {
            throw new Invalid("it has no prefix ending in '1'");
        }
        if (s.length() - separator - 1 < CHECKSUM_LENGTH) {
            throw new Invalid("it is too short to hold a checksum");
        }
        String hrp = s.substring(0, separator);
        byte[] values = new byte[s.length() - separator - 1];
        for (int i = 0; i < values.length; i++) {
            int v = CHARSET.indexOf(s.charAt(separator + 1 + i));
            if (v < 0) {
                throw new Invalid("character " + (separator + 2 + i) + " is not a bech32 character");
            }
            values[i] = (byte) v;
        }
        if (polymod(hrp, values) != 1) {
            throw new Invalid("its checksum does not match (a character is mistyped or missing)");
        }
        byte[] data = new byte[values.length - CHECKSUM_LENGTH];
        System.arraycopy(values, 0, data, 0, data.length);
        return new Decoded(hrp, fromFiveBits(data));
    }

    private static int[] checksum(String hrp, byte[] values) {
        byte[] padded = new byte[values.length + CHECKSUM_LENGTH];
        System.arraycopy(values, 0, padded, 0, values.length);
        int mod = polymod(hrp, padded) ^ 1;
        int[] out = new int[CHECKSUM_LENGTH];
        for (int i = 0; i < CHECKSUM_LENGTH; i++) {
            out[i] = (mod >>> (5 * (5 - i))) & 31;
        }
        return out;
    }

    /** BIP-173's checksum polynomial over the expanded hrp and the 5-bit values. */
    private static int polymod(String hrp, byte[] values) {
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) >> 5);
        }
        chk = step(chk, 0);
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) & 31);
        }
        for (byte v : values) {
            chk = step(chk, v);
        }
        return chk;
    }

    private static int step(int chk, int value) {
        int top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                chk ^= GENERATOR[i];
            }
        }
        return chk;
    }

    private static byte[] toFiveBits(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int acc = 0;
        int bits = 0;
        for (byte b : data) {
            acc = ((acc << 8) | (b & 0xff)) & 0xfff; // at most 4 + 8 bits are pending
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.write((acc >>> bits) & 31);
            }
        }
        if (bits > 0) {
            out.write((acc << (5 - bits)) & 31);
        }
        return out.toByteArray();
    }

    /** 5-bit groups back to bytes; the padding must be fewer than 5 bits, all zero (BIP-173). */
    private static byte[] fromFiveBits(byte[] values) throws Invalid {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int acc = 0;
        int bits = 0;
        for (byte v : values) {
            acc = ((acc << 5) | v) & 0xfff; // at most 7 + 5 bits are pending
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out.write((acc >>> bits) & 0xff);
            }
        }
        if (bits >= 5 || (acc & ((1 << bits) - 1)) != 0) {
            throw new Invalid("its data has invalid padding");
        }
        return out.toByteArray();
    }
}
