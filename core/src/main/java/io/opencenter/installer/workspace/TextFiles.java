package io.opencenter.installer.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one way the installer reads a text file a user gives it (cluster config, clouds.yaml, secure.yaml): checked
 * before anything is parsed, so a folder, a FIFO, a huge or a binary file is a sentence naming the file, not a hang,
 * an {@code OutOfMemoryError} or Java's {@code Input length = 1}.
 */
public final class TextFiles {
    /** Far above any config or clouds.yaml (a few KB), far below what would strain the YAML readers. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** How deep a YAML document the readers accept: configs and clouds.yaml are about 5 levels deep. */
    public static final int MAX_YAML_NESTING = 64;

    /** A file that is not readable UTF-8 text of a sane size; the message is a sentence that names the file. */
    public static final class Unreadable extends IOException {
        private final Path file;

        /** @param problem what follows the file's name: " is a folder", ": file too large (…)" */
        Unreadable(Path file, String problem) {
            super(file + problem);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    private TextFiles() {}

    /**
     * The limits every YAML reader of the installer parses with: text in memory is not capped like a file, so the
     * parser stops at the same size, and at a sane nesting depth.
     */
    public static LoaderOptions yamlLimits() {
        LoaderOptions limits = new LoaderOptions();
        limits.setCodePointLimit(MAX_BYTES);
        limits.setNestingDepthLimit(MAX_YAML_NESTING);
        return limits;
    }

    /** {@link #read(Path, int)} with {@link #MAX_BYTES}. */
    public static String read(Path file) throws IOException {
        return read(file, MAX_BYTES);
    }

    /**
     * The file's text.
     *
     * @throws Unreadable when it is a folder, not a regular file, larger than {@code maxBytes}, not UTF-8, or holds
     *                    a control character (line and column given)
     * @throws IOException as Java reports a missing file or one without permission
     */
    public static String read(Path file, int maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new Unreadable(file, " is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new Unreadable(file, " is not a regular file (a device, FIFO or socket); give a file");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(file, attributes.size(), maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) { // it grew since
            throw tooLarge(file, bytes.length, maxBytes);
        }
        String text = decode(file, bytes);
        controlCharacters(file, text);
        return text;
    }

    private static Unreadable tooLarge(Path file, long size, int maxBytes) {
        return new Unreadable(file, ": file too large (" + megabytes(size) + " MB, limit "
                + megabytes(maxBytes) + " MB)");
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 || mb == Math.rint(mb) ? String.valueOf(Math.round(Math.ceil(mb)))
                : String.format(Locale.ROOT, "%.1f", Math.ceil(mb * 10) / 10);
    }

    private static String decode(Path file, byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new Unreadable(file, " is not UTF-8 text (a byte that is not UTF-8 on line " + lineOf(bytes, at)
                    + "); save it as UTF-8 text");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Text has no C0 control characters but tab, line feed and carriage return, and no DEL or C1 but NEL. */
    private static void controlCharacters(Path file, String text) throws Unreadable {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7f && c <= 0x9f && c != 0x85);
            if (control) {
                throw new Unreadable(file, String.format(Locale.ROOT, " is not UTF-8 text: control character U+%04X "
                        + "on line %d, column %d%s", (int) c, line, column,
                        c == 0 ? " (a binary file?)" : "; remove it or write it as an escape in double quotes"));
            }
            column++;
        }
    }
}
