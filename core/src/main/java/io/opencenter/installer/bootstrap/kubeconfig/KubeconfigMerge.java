package io.opencenter.installer.bootstrap.kubeconfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.bootstrap.kubeconfig.KubeconfigYaml.Kind;
import io.opencenter.installer.bootstrap.pki.ClusterPki;
import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.Folders;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges a cluster's admin access into the user's kubeconfig the way kubectl would place it:
 * <ul>
 *   <li>the files are {@code KUBECONFIG}'s list ({@link File#pathSeparator}-separated, empty entries and repeats
 *       dropped), or {@code ~/.kube/config} without it;</li>
 *   <li>an entry's effective value is the one in the first file that names it (kubectl's merge: the first file
 *       wins), so a name is taken if any file of the list holds it;</li>
 *   <li>new entries go into the first file of the list that exists, or, when none does, the last one, created
 *       (kubectl's {@code config set-*} rule).</li>
 * </ul>
 * An entry of the same name with other settings is not replaced unless asked ({@code overwrite}): the result says
 * which. The target is copied to {@code <name>.bak-<UTC time>} (0600) before it is changed; when everything is
 * already there nothing is written. Other entries, fields the installer does not know and the current context stay
 * as they were, unless the context is to be used ({@code useContext}). Comments in the file are not kept (kubectl
 * drops them too when it writes).
 */
public final class KubeconfigMerge {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Map<String, String> env;
    private final Path home;

    /**
     * @param env  the environment to read {@code KUBECONFIG} from
     * @param home the user's home folder ({@code ~/.kube/config} without {@code KUBECONFIG})
     */
    public KubeconfigMerge(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = home;
    }

    /** This process's {@code KUBECONFIG} and the user's home. */
    public static KubeconfigMerge forThisUser() {
        return new KubeconfigMerge(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The kubeconfig files kubectl reads, in precedence order. */
    public List<Path> files() {
        String list = env.get("KUBECONFIG");
        Set<Path> files = new LinkedHashSet<>();
        if (list != null) {
            for (String entry : list.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    files.add(Path.of(entry));
                }
            }
        }
        if (files.isEmpty()) {
            files.add(home.resolve(".kube").resolve("config"));
        }
        return List.copyOf(files);
    }

    /** Where new entries go: the first of {@link #files()} that exists, else the last one. */
    public Path target() {
        List<Path> files = files();
        return files.stream().filter(Files::exists).findFirst().orElse(files.get(files.size() - 1));
    }

    /**
     * Merges the admin access of {@code clusterName} (see {@link AdminKubeconfig}).
     *
     * @param overwrite  replace entries of the same names that have other settings (else: {@code CONFLICT})
     * @param useContext make the cluster's context the current one
     * @param now        for the backup's name
     * @throws IOException when a kubeconfig of the list cannot be read or is not a kubeconfig (the message names
     *                     the file), or the target cannot be written
     */
    public MergeResult merge(String clusterName, String serverUrl, ClusterPki pki, boolean overwrite,
                             boolean useContext, Instant now) throws IOException {
        KubeconfigNames names = KubeconfigNames.of(clusterName);
        Map<Kind, ObjectNode> ours = AdminKubeconfig.entries(names, serverUrl, pki);
        Map<Path, ObjectNode> docs = new LinkedHashMap<>();
        for (Path file : files()) {
            if (Files.exists(file)) {
                docs.put(file, KubeconfigYaml.read(file));
            }
        }
        Path target = target();
        List<Kind> missing = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            ObjectNode entry = ours.get(kind);
            Optional<Map.Entry<Path, ObjectNode>> found = effective(docs, kind, entry.get("name").asText());
            if (found.isEmpty()) {
                missing.add(kind);
            } else if (!found.get().getValue().equals(entry)) {
                missing.add(kind);
                conflicts.add(kind.field + " \"" + entry.get("name").asText() + "\" in " + found.get().getKey());
            }
        }
        if (!conflicts.isEmpty() && !overwrite) {
            return new MergeResult(target, Optional.empty(), names.context(), MergeResult.Outcome.CONFLICT, false,
                    conflicts);
        }
        ObjectNode doc = docs.getOrDefault(target, KubeconfigYaml.newDocument());
        missing.forEach(kind -> KubeconfigYaml.put(doc, kind, ours.get(kind)));
        boolean setContext = useContext && !names.context().equals(currentContext(docs));
        if (setContext) {
            doc.put("current-context", names.context());
        }
        MergeResult.Outcome outcome = conflicts.isEmpty()
                ? missing.isEmpty() ? MergeResult.Outcome.UNCHANGED : MergeResult.Outcome.ADDED
                : MergeResult.Outcome.REPLACED;
        if (missing.isEmpty() && !setContext) {
            return new MergeResult(target, Optional.empty(), names.context(), outcome, false, conflicts);
        }
        Path file = Files.exists(target) ? target.toRealPath() : target; // a symlinked config: write what it points to
        Optional<Path> backup = docs.containsKey(target) ? Optional.of(backUp(file, now)) : Optional.empty();
        Folders.createParentOf(file);
        AtomicFiles.replace(file, KubeconfigYaml.write(doc), OWNER_ONLY);
        return new MergeResult(target, backup, names.context(), outcome, setContext, conflicts);
    }

    /** The first file's entry of that name, and the file (kubectl: the first file that sets a name wins). */
    private static Optional<Map.Entry<Path, ObjectNode>> effective(Map<Path, ObjectNode> docs, Kind kind,
                                                                   String name) {
        for (Map.Entry<Path, ObjectNode> doc : docs.entrySet()) {
            ObjectNode entry = KubeconfigYaml.entry(doc.getValue(), kind, name);
            if (entry != null) {
                return Optional.of(Map.entry(doc.getKey(), entry));
            }
        }
        return Optional.empty();
    }

    /** kubectl's current context: the first non-empty {@code current-context} of the list. */
    private static String currentContext(Map<Path, ObjectNode> docs) {
        return docs.values().stream().map(d -> d.path("current-context").asText(""))
                .filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

    /** Copies {@code file} to {@code <file>.bak-<UTC time>} (0600, never half-written); another suffix if taken. */
    private static Path backUp(Path file, Instant now) throws IOException {
        String base = file.getFileName() + ".bak-" + STAMP.format(now);
        Path backup = file.resolveSibling(base);
        for (int i = 1; Files.exists(backup); i++) {
            backup = file.resolveSibling(base + "-" + i);
        }
        byte[] bytes = Files.readAllBytes(file);
        AtomicFiles.replace(backup, out -> out.write(bytes), OWNER_ONLY);
        return backup;
    }
}
