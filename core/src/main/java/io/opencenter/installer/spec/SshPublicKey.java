package io.opencenter.installer.spec;

import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for {@code spec.sshPublicKeyFile}: one OpenSSH public key line ({@code <type> <base64> [comment]},
 * the base64 blob naming the same type). Anything else, a private key above all, is refused before it could be
 * sent to the cloud. Messages never quote the file's content.
 */
public final class SshPublicKey {
    /** The key types OpenSSH writes to a {@code .pub} file. */
    static final Set<String> TYPES = Set.of("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
            "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com");
    public static final String HINT = "point sshPublicKeyFile at the public half, one line such as "
            + "'ssh-ed25519 AAAA… user@host' (e.g. ~/.ssh/id_ed25519.pub; make one with ssh-keygen -t ed25519)";

    private SshPublicKey() {}

    /** The file the config names: {@code ~/} is the user's home, another relative path the working directory. */
    public static Path path(String file) {
        return file.startsWith("~/") ? Path.of(System.getProperty("user.home"), file.substring(2)) : Path.of(file);
    }

    /** The key line of {@code file}, trimmed. @throws Refused when it is not one OpenSSH public key */
    public static String read(Path file) throws IOException {
        String text = TextFiles.read(file);
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            throw new Refused(file + " " + problem.get());
        }
        return text.strip();
    }

    /** Why the file the config names cannot be used as the public key; empty when it can, or is not there yet. */
    static Optional<String> problemWithFile(String file) {
        Path path = path(file);
        if (!Files.exists(path)) {
            return Optional.empty(); // a missing file is preflight's to report: it may be created before apply
        }
        try {
            return problem(TextFiles.read(path));
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
    }

    /** Why {@code text} is not one OpenSSH public key line; empty when it is one. */
    public static Optional<String> problem(String text) {
        if (text.contains("PRIVATE KEY") || text.startsWith("PuTTY-User-Key-File")) {
            return Optional.of("holds a private key, which must never leave this machine");
        }
        List<String> lines = text.strip().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        if (lines.isEmpty()) {
            return Optional.of("is empty");
        }
        if (lines.size() > 1) {
            return Optional.of("holds " + lines.size() + " lines; the cloud takes one public key");
        }
        String[] fields = lines.get(0).strip().split("\\s+");
        if (fields.length < 2 || !TYPES.contains(fields[0])) {
            return Optional.of("is not an OpenSSH public key (it does not start with a key type such as ssh-ed25519)");
        }
        if (!blobNames(fields[1], fields[0])) {
            return Optional.of("is not an OpenSSH public key (the part after " + fields[0] + " is not its key data)");
        }
        return Optional.empty();
    }

    /** The base64 blob decodes and starts with the length-prefixed key type. */
    private static boolean blobNames(String base64, String type) {
        try {
            ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
            int length = blob.getInt();
            if (length != type.length() || blob.remaining() < length) {
                return false;
            }
            byte[] name = new byte[length];
            blob.get(name);
            return type.equals(new String(name, StandardCharsets.US_ASCII)) && blob.hasRemaining();
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            return false;
        }
    }

    /** A file that is not one OpenSSH public key; the message names the file, never its content. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }
}
