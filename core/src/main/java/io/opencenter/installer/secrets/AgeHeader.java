package io.opencenter.installer.secrets;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The textual header of an age v1 file: the version line, one or more recipient stanzas (arguments, then the body in
 * unpadded base64 wrapped at 64 columns, ending with a shorter, possibly empty, line) and the MAC line
 * {@code --- <HMAC-SHA-256>} over everything up to and including {@code ---}.
 *
 * @param stanzas      the recipient stanzas, in file order
 * @param mac          the 32-byte MAC the file carries
 * @param macInputEnd  how many bytes from the start of the file the MAC covers
 * @param payloadStart where the binary payload starts (after the MAC line)
 */
record AgeHeader(List<Stanza> stanzas, byte[] mac, int macInputEnd, int payloadStart) {
    static final String VERSION_LINE = "age-encryption.org/v1\n";
    private static final String VERSION_PREFIX = "age-encryption.org/";
    private static final String STANZA_PREFIX = "-> ";
    private static final String MAC_PREFIX = "--- ";
    private static final String MAC_INFO = "header";
    private static final int COLUMNS = 64;
    private static final int MAC_LENGTH = 32;

    static final String NOT_AGE = "not an age file (expected 'age-encryption.org/v1')";
    static final String TRUNCATED = "the file is truncated";
    static final String BAD_MAC = "the header MAC does not match (the file was changed or the key is wrong)";

    /** The header (with its MAC) for {@code stanzas}, MACed with a key derived from {@code fileKey}. */
    static byte[] write(List<Stanza> stanzas, byte[] fileKey) {
        StringBuilder text = new StringBuilder(VERSION_LINE);
        for (Stanza stanza : stanzas) {
            text.append(STANZA_PREFIX).append(String.join(" ", stanza.args())).append('\n');
            String body = RawBase64.encode(stanza.body());
            int at = 0;
            for (; body.length() - at >= COLUMNS; at += COLUMNS) {
                text.append(body, at, at + COLUMNS).append('\n');
            }
            text.append(body, at, body.length()).append('\n'); // the short final line, empty when the body fills
        }
        text.append("---");
        byte[] macInput = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] mac = mac(fileKey, macInput, macInput.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(macInput.length + 48);
        out.writeBytes(macInput);
        out.writeBytes((" " + RawBase64.encode(mac) + "\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /**
     * The header at the start of {@code file}.
     *
     * @throws AgeException when it is not an age v1 file, is truncated within the header, or the header is malformed
     */
    static AgeHeader parse(byte[] file) {
        byte[] versionLine = VERSION_LINE.getBytes(StandardCharsets.US_ASCII);
        if (file.length < versionLine.length
                || !Arrays.equals(file, 0, versionLine.length, versionLine, 0, versionLine.length)) {
            throw new AgeException(isPrefixOfVersion(file) ? TRUNCATED : startsWithVersionPrefix(file)
                    ? "unsupported age format version (this reads only age-encryption.org/v1)" : NOT_AGE);
        }
        Lines lines = new Lines(file);
        lines.position = versionLine.length;
        lines.number = 1;
        List<Stanza> stanzas = new ArrayList<>();
        while (true) {
            int lineStart = lines.position;
            String line = lines.next();
            if (line == null) {
                throw new AgeException(TRUNCATED);
            }
            if (line.startsWith(STANZA_PREFIX)) {
                stanzas.add(new Stanza(arguments(line, stanzas.size() + 1), body(lines, stanzas.size() + 1)));
            } else if (line.startsWith(MAC_PREFIX)) {
                if (stanzas.isEmpty()) {
                    throw malformed("it has no recipient stanza");
                }
                byte[] mac = RawBase64.decode(line.substring(MAC_PREFIX.length()));
                if (mac == null || mac.length != MAC_LENGTH) {
                    throw malformed("its MAC line is not 32 bytes of canonical base64");
                }
                return new AgeHeader(stanzas, mac, lineStart + MAC_PREFIX.length() - 1, lines.position);
            } else {
                throw malformed("line " + lines.number + " is neither a stanza ('-> ') nor the MAC ('--- ')");
            }
        }
    }

    /** Whether {@code fileKey} produced this header's MAC (compared in constant time). */
    boolean macMatches(byte[] file, byte[] fileKey) {
        return MessageDigest.isEqual(mac(fileKey, file, macInputEnd), mac);
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    private static byte[] mac(byte[] fileKey, byte[] input, int length) {
        return AgeCrypto.hmacSha256(AgeCrypto.hkdf(fileKey, new byte[0], MAC_INFO), input, length);
    }

    private static List<String> arguments(String line, int stanza) {
        List<String> args = Arrays.asList(line.substring(STANZA_PREFIX.length()).split(" ", -1));
        for (String arg : args) {
            if (arg.isEmpty() || !arg.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
                throw malformed("stanza " + stanza + " has an empty or non-printable argument");
            }
        }
        return args;
    }

    private static byte[] body(Lines lines, int stanza) {
        StringBuilder body = new StringBuilder();
        while (true) {
            String line = lines.next();
            if (line == null) {
                throw new AgeException(TRUNCATED);
            }
            if (line.length() > COLUMNS) {
                throw malformed("line " + lines.number + " (in stanza " + stanza + ") is longer than 64 columns");
            }
            body.append(line);
            if (line.length() < COLUMNS) {
                byte[] bytes = RawBase64.decode(body.toString());
                if (bytes == null) {
                    throw malformed("the body of stanza " + stanza + " is not canonical unpadded base64");
                }
                return bytes;
            }
        }
    }

    private static boolean isPrefixOfVersion(byte[] file) {
        byte[] version = VERSION_LINE.getBytes(StandardCharsets.US_ASCII);
        return file.length > 0 && file.length < version.length
                && Arrays.equals(file, 0, file.length, version, 0, file.length);
    }

    private static boolean startsWithVersionPrefix(byte[] file) {
        byte[] prefix = VERSION_PREFIX.getBytes(StandardCharsets.US_ASCII);
        return file.length >= prefix.length && Arrays.equals(file, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static AgeException malformed(String what) {
        return new AgeException("the age header is malformed: " + what);
    }

    /** The header's lines, each ending in LF; null at the end of the file when no LF ends the line. */
    private static final class Lines {
        private final byte[] file;
        int position;
        int number;

        Lines(byte[] file) {
            this.file = file;
        }

        String next() {
            for (int i = position; i < file.length; i++) {
                if (file[i] == '\n') {
                    String line = new String(file, position, i - position, StandardCharsets.ISO_8859_1);
                    position = i + 1;
                    number++;
                    return line;
                }
            }
            return null;
        }
    }
}
