package io.opencenter.installer.gitops;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The generated repository: path (relative, '/'-separated) → content. Sorted, so two trees of the same inputs are
 * equal byte for byte and are written in the same order; carries no timestamps.
 */
public record RepoTree(SortedMap<String, byte[]> files) {

    public RepoTree {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(path, bytes.clone()));
        files = Collections.unmodifiableSortedMap(copy);
    }

    /** The text of {@code path}; throws naming the path when the tree has no such file. */
    public String text(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("the repository has no file " + path);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** Every folder that holds a file, parents included ("" = the root is not listed). */
    public Set<String> directories() {
        SortedSet<String> dirs = new TreeSet<>();
        for (String path : files.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                dirs.add(path.substring(0, slash));
            }
        }
        return Collections.unmodifiableSortedSet(dirs);
    }

    /** The same tree with {@code path} set to {@code text} (e.g. the {@code .sops.yaml} the install writes). */
    public RepoTree with(String path, String text) {
        TreeMap<String, byte[]> copy = new TreeMap<>(files);
        copy.put(path, text.getBytes(StandardCharsets.UTF_8));
        return new RepoTree(copy);
    }

    /** Paths whose content differs between the two trees, or that only one of them has. */
    public SortedSet<String> differences(RepoTree other) {
        SortedSet<String> out = new TreeSet<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.files.get(e.getKey()))) {
                out.add(e.getKey());
            }
        }
        other.files.keySet().stream().filter(p -> !files.containsKey(p)).forEach(out::add);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepoTree t && differences(t).isEmpty();
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            h = 31 * h + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
        }
        return h;
    }

    @Override
    public String toString() {
        return "RepoTree[" + files.size() + " files]";
    }
}
