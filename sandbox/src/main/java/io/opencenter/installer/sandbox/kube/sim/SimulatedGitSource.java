package io.opencenter.installer.sandbox.kube.sim;

import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * source-controller's part for a GitRepository, simulated: a {@code file://} URL (the sandbox's own repositories, a
 * sandbox config's repoUrl) is read with JGit at {@code spec.ref.branch}, read-only, and the branch's commit becomes
 * {@code status.artifact} ({@code revision: <branch>@sha1:<commit>}) and the Ready condition. The branch is read again
 * on the first tick after {@code spec.interval} has passed since the artifact last changed, at once when the spec
 * changed or a reconcile is requested; otherwise the stored artifact stands (so a converged cluster writes nothing).
 * Any other URL (https, ssh) is Ready=False: the sandbox dials no Git server.
 */
final class SimulatedGitSource {
    static final String SIMULATED = " (simulated: the sandbox's source-controller reads file:// repositories only)";

    /** The tree of one commit: repository path → content; commits never change, so it may be kept. */
    record Snapshot(String revision, SortedMap<String, byte[]> files) {
    }

    /** What the reconcile decided: Ready or not, and the status fields it sets ({@code artifact}). */
    record Outcome(boolean ready, String reason, String message, Map<String, Object> status) {
    }

    /** The last commits read, by repository and commit: a build reads the same commit on every tick. */
    private final Map<String, Snapshot> snapshots = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > 8;
        }
    });

    /** Whether the simulator reads this URL itself (else the source fails, see {@link #reconcile}). */
    static boolean serves(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("file://");
    }

    /**
     * Reconciles the GitRepository {@code spec} whose stored {@code status} is given.
     *
     * @param due whether it must be read now whatever its interval says (spec changed, reconcile requested)
     */
    Outcome reconcile(Map<String, Object> spec, Map<String, Object> status, boolean due, Instant now) {
        String url = Objects.toString(spec.get("url"), "");
        if (!serves(url)) {
            return new Outcome(false, "GitOperationFailed", "failed to checkout and determine revision: the "
                    + "sandbox does not dial " + redact(url) + SIMULATED, Map.of());
        }
        Map<?, ?> artifact = status.get("artifact") instanceof Map<?, ?> m ? m : null;
        Map<?, ?> ref = spec.get("ref") instanceof Map<?, ?> r ? r : Map.of();
        String branch = Objects.toString(ref.get("branch"), "master");
        if (artifact != null && !due && now.isBefore(lastUpdate(artifact).plus(interval(spec)))
                && Objects.toString(artifact.get("revision"), "").startsWith(branch + "@")) {
            String revision = artifact.get("revision").toString();
            return new Outcome(true, "Succeeded", stored(revision), Map.of("artifact", artifact));
        }
        String commit;
        try {
            commit = head(url, branch);
        } catch (IOException e) {
            return new Outcome(false, "GitOperationFailed", "failed to checkout and determine revision: "
                    + e.getMessage() + SIMULATED, Map.of());
        }
        String revision = branch + "@sha1:" + commit;
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("revision", revision);
        next.put("digest", "sha1:" + commit);
        next.put("path", "gitrepository/simulated/" + commit + ".tar.gz");
        next.put("url", "http://source-controller.flux-system.svc.cluster.local./simulated/" + commit + ".tar.gz");
        next.put("lastUpdateTime", artifact != null && revision.equals(artifact.get("revision"))
                ? artifact.get("lastUpdateTime") : now.toString());
        return new Outcome(true, "Succeeded", stored(revision), Map.of("artifact", next));
    }

    private static String stored(String revision) {
        return "stored artifact for revision '" + revision + "' (simulated: read from the repository's file:// URL)";
    }

    /** The files of the commit a revision ({@code <branch>@sha1:<commit>}) names, in the repository at {@code url}. */
    Snapshot snapshot(String url, String revision) throws IOException {
        String commit = revision.substring(revision.lastIndexOf(':') + 1);
        String key = url.strip() + "#" + commit;
        Snapshot cached = snapshots.get(key);
        if (cached != null) {
            return cached;
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Repository repo = open(url); RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
            try (TreeWalk tree = new TreeWalk(repo)) {
                tree.addTree(c.getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    files.put(tree.getPathString(), repo.open(tree.getObjectId(0)).getBytes());
                }
            }
        }
        Snapshot snapshot = new Snapshot(revision, Collections.unmodifiableSortedMap(files));
        snapshots.put(key, snapshot);
        return snapshot;
    }

    private static String head(String url, String branch) throws IOException {
        try (Repository repo = open(url)) {
            ObjectId id = repo.resolve(Constants.R_HEADS + branch + "^{commit}");
            if (id == null) {
                throw new IOException("couldn't find remote ref \"refs/heads/" + branch + "\" in " + redact(url));
            }
            return id.name();
        }
    }

    /** The repository at a file:// URL: a bare one, or a working tree's {@code .git}. Never written to. */
    private static Repository open(String url) throws IOException {
        Path dir;
        try {
            dir = Path.of(URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            throw new IOException("unable to clone '" + redact(url) + "': not a file:///absolute/path URL");
        }
        Path gitDir = Files.isDirectory(dir.resolve(".git")) ? dir.resolve(".git") : dir;
        try {
            return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).setBare().build();
        } catch (RepositoryNotFoundException e) {
            throw new IOException("unable to clone '" + redact(url) + "': repository not found");
        }
    }

    private static Instant lastUpdate(Map<?, ?> artifact) {
        Instant t = SimContext.parse(Objects.toString(artifact.get("lastUpdateTime"), null));
        return t == null ? Instant.EPOCH : t;
    }

    /** Flux's interval ("1m0s", "10m", "1h30m", "45s"); one minute when absent or unreadable, as Flux defaults. */
    static Duration interval(Map<String, Object> spec) {
        return duration(Objects.toString(spec.get("interval"), ""), Duration.ofMinutes(1));
    }

    static Duration duration(String text, Duration otherwise) {
        var m = java.util.regex.Pattern.compile("(\\d+)(h|ms|m|s)").matcher(text.strip());
        Duration d = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            });
            end = m.end();
        }
        return end == 0 || end != text.strip().length() ? otherwise : d;
    }

    /** The URL without user info (a pasted token would be there). */
    private static String redact(String url) {
        return url.replaceAll("//[^/@]*@", "//");
    }
}
