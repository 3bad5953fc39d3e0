package io.opencenter.installer.sandbox.kube;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.workspace.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One sandbox cluster's Kubernetes objects on disk, beside the sandbox cloud's state file, so that separate
 * processes ({@code apply}, later {@code health}, {@code destroy}, a reopened wizard) see the same cluster:
 * <pre>
 * {
 *   "format": 1,
 *   "simulated": "Sandbox Kubernetes (simulated)",
 *   "cluster": "demo",
 *   "kubernetesVersion": "v1.35.4",
 *   "resourceVersion": 42,                      the last one handed out; a restart continues above it
 *   "objects": [ {"resource": "configmaps", "object": { ...the object as the API serves it... }}, ... ]
 * }
 * </pre>
 * Written whole after each change to a temporary file in the same folder and moved over the old one, so a crash
 * never leaves half a state. It may hold Secrets: the file is the owner's only (0600, as the temporary file is
 * created), in a folder made by {@link Folders}.
 */
final class KubeStateFile {

    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a state file holds. */
    record State(String cluster, String kubernetesVersion, long resourceVersion, List<ObjectStore.Stored> objects) {
    }

    private final Path path;

    KubeStateFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    boolean exists() {
        return Files.isRegularFile(path);
    }

    State load() {
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw unusable("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw unusable("is not a format-" + FORMAT + " sandbox Kubernetes state");
        }
        List<ObjectStore.Stored> objects = new ArrayList<>();
        for (JsonNode o : root.path("objects")) {
            objects.add(new ObjectStore.Stored(o.path("resource").asText(""), o.path("object").toString()));
        }
        return new State(root.path("cluster").asText(), root.path("kubernetesVersion").asText(),
                root.path("resourceVersion").asLong(), objects);
    }

    void save(State state) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            Folders.create(dir);
            Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
            try (JsonGenerator out = JSON.getFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                out.useDefaultPrettyPrinter();
                out.writeStartObject();
                out.writeNumberField("format", FORMAT);
                out.writeStringField("simulated", SandboxKubernetes.LABEL);
                out.writeStringField("cluster", state.cluster());
                out.writeStringField("kubernetesVersion", state.kubernetesVersion());
                out.writeNumberField("resourceVersion", state.resourceVersion());
                out.writeArrayFieldStart("objects");
                for (ObjectStore.Stored s : state.objects()) {
                    out.writeStartObject();
                    out.writeStringField("resource", s.plural());
                    out.writeFieldName("object");
                    out.writeRawValue(s.json()); // as stored: no second parse per object and write
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox Kubernetes state " + path + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Deletes the state file; whether there was one. Called holding the lock; the (empty) lock file stays: deleting
     * it could let two later servers each lock a file of that name.
     */
    boolean delete() {
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the sandbox Kubernetes state " + path + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Holds the state file for this server until the lock is closed: a second server on the same cluster (the wizard
     * still open while a CLI command starts one) would keep a second copy of the cluster and overwrite the first's
     * changes, so it is refused instead.
     */
    AutoCloseable lock() {
        Path lockFile = path.resolveSibling(path.getFileName() + ".lock");
        try {
            Folders.createParentOf(lockFile);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("the sandbox Kubernetes state " + path + " is in use by another "
                        + "sandbox API server (the wizard or another installer command): close that one first");
            }
            FileLock held = lock;
            return () -> {
                held.release();
                channel.close();
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the sandbox Kubernetes state " + path + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private IllegalStateException unusable(String why) {
        return new IllegalStateException("the sandbox Kubernetes state " + path + " " + why
                + ": delete it to start that sandbox cluster's Kubernetes afresh");
    }
}
