package io.opencenter.installer.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * age's ASCII armor, as {@code age -a} writes it: strict PEM (RFC 7468) with the label {@code AGE ENCRYPTED FILE},
 * padded base64 in 64-column lines. Reading is strict as the spec asks (an armored file is otherwise malleable):
 * only whitespace before and after the block, every line but the last exactly 64 columns, canonical base64. LF and
 * CRLF line ends are both accepted.
 */
public final class AgeArmor {
    static final String BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----";
    static final String END = "-----END AGE ENCRYPTED FILE-----";
    private static final int COLUMNS = 64;

    private AgeArmor() {}

    /** {@code ageFile} armored: the begin line, the base64 in 64-column lines, the end line, each ending in LF. */
    public static String armor(byte[] ageFile) {
        String base64 = Base64.getEncoder().encodeToString(ageFile);
        StringBuilder out = new StringBuilder(base64.length() + base64.length() / COLUMNS + 80);
        out.append(BEGIN).append('\n');
        for (int at = 0; at < base64.length(); at += COLUMNS) {
            out.append(base64, at, Math.min(base64.length(), at + COLUMNS)).append('\n');
        }
        return out.append(END).append('\n').toString();
    }

    /**
     * The binary age file armored in {@code text}.
     *
     * @throws AgeException when the armor is not strict PEM as age writes it; the message says what is wrong
     */
    public static byte[] dearmor(String text) {
        if (text == null) {
            throw malformed("no text given");
        }
        String block = text.strip();
        if (!block.startsWith(BEGIN)) {
            throw malformed("it does not start with '" + BEGIN + "'"
                    + (block.contains(BEGIN) ? " (there is text before it)" : ""));
        }
        List<String> lines = Arrays.asList(block.split("\r?\n", -1));
        if (!lines.get(0).equals(BEGIN)) {
            throw malformed("the begin line has text after '" + BEGIN + "'");
        }
        int endLine = lines.indexOf(END);
        if (endLine < 0) {
            throw block.contains(END) ? malformed("the end line '" + END + "' has text around it")
                    : new AgeException(AgeHeader.TRUNCATED + " (the armor has no '" + END + "' line)");
        }
        if (endLine != lines.size() - 1) {
            throw malformed("there is text after '" + END + "'");
        }
        if (endLine == 1) {
            throw malformed("it holds no data");
        }
        StringBuilder base64 = new StringBuilder();
        for (int i = 1; i < endLine; i++) {
            String line = lines.get(i);
            boolean lastDataLine = i == endLine - 1;
            if (line.length() > COLUMNS || line.isEmpty() || (!lastDataLine && line.length() != COLUMNS)) {
                throw malformed("line " + (i + 1) + " is " + line.length() + " columns long; every data line but "
                        + "the last must be exactly 64");
            }
            base64.append(line);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            throw malformed("its data is not base64");
        }
        // canonical only: padding present, unused bits zero
        if (!Base64.getEncoder().encodeToString(bytes).contentEquals(base64)) {
            throw malformed("its base64 is not canonical (missing padding or stray bits)");
        }
        return bytes;
    }

    /** Whether {@code file} starts (after whitespace) with the armor's begin line. */
    static boolean isArmored(byte[] file) {
        int at = 0;
        while (at < file.length && Character.isWhitespace(file[at])) {
            at++;
        }
        byte[] begin = BEGIN.getBytes(StandardCharsets.US_ASCII);
        return file.length - at >= begin.length && Arrays.equals(file, at, at + begin.length, begin, 0, begin.length);
    }

    static byte[] dearmor(byte[] file) {
        return dearmor(new String(file, StandardCharsets.ISO_8859_1));
    }

    private static AgeException malformed(String what) {
        return new AgeException("the armored age file is malformed: " + what);
    }
}
