package io.opencenter.installer.provision.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.opencenter.installer.workspace.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The append-only record of what apply and destroy intended and what the cloud answered, one JSON object per
 * line, each line fsynced before the call it announces is sent. A torn last line (power loss mid-write) is
 * ignored when read. The file is owner-only (0600); entries never hold secrets. Resume reads it back and then
 * reconciles against the cloud by tag, so the journal speeds resume up and explains history but is never the only
 * source of truth.
 */
public final class Journal implements AutoCloseable {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final FileChannel channel;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens (creating folders and the file, 0600) for appending. */
    public static Journal open(Path file) {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Folders.create(parent);
            }
            if (!Files.exists(file)) {
                Files.createFile(file, posix ? attrs(OWNER_ONLY) : new FileAttribute<?>[0]);
            } else if (posix) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            dropTornTail(channel);
            channel.position(channel.size());
            return new Journal(file, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal " + file, e);
        }
    }

    /** Every complete entry in the file, in order; an absent file gives an empty list. */
    public static List<JournalEntry> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file, e);
        }
        List<JournalEntry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        // The piece after the last line break is empty for a clean file, or a line whose write was cut short.
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                entries.add(JournalCodec.parse(lines[i]));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("journal " + file + " line " + (i + 1) + " is damaged", e);
            }
        }
        return List.copyOf(entries);
    }

    /** Appends and forces the line to disk before returning. Thread-safe. */
    public void append(JournalEntry entry) {
        ByteBuffer bytes = ByteBuffer.wrap((JournalCodec.line(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        synchronized (channel) {
            try {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to the journal " + file, e);
            }
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        synchronized (channel) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the journal " + file, e);
            }
        }
    }

    /**
     * Cuts a torn last line off, so the next entry starts on a line of its own instead of being glued to the
     * fragment (which would make both unreadable).
     */
    private static void dropTornTail(FileChannel channel) throws IOException {
        long size = channel.size();
        long end = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (end > 0) {
            one.clear();
            channel.read(one, end - 1);
            if (one.get(0) == '\n') {
                break;
            }
            end--;
        }
        if (end < size) {
            channel.truncate(end);
            channel.force(true);
        }
    }

    private static FileAttribute<?>[] attrs(Set<PosixFilePermission> mode) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)};
    }
}
