package io.opencenter.installer.sandbox.kube.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * A small kustomize of the sandbox's own (simulated), enough for the trees the installer generates: a folder's
 * {@code kustomization.yaml} with {@code resources} (files and folders, built in the order listed) and
 * {@code namespace}; a folder without one takes its YAML files and its sub-folders, as kustomize-controller generates
 * it. Any other field of a kustomization.yaml is refused naming the file, rather than built differently from the
 * real kustomize. A document with a top-level {@code sops} key is decrypted by the {@link Decryptor} first.
 */
final class SimulatedKustomizeBuild {
    static final String FILE = "kustomization.yaml";
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace");
    private static final Set<String> FILE_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    /** Turns a SOPS document into its plaintext YAML; {@code file} names it in errors. */
    @FunctionalInterface
    interface Decryptor {
        String decrypt(String sopsYaml, String file);
    }

    /** One object of the build and the repository file it came from. */
    record Built(String file, Map<String, Object> content) {
        String apiVersion() {
            return Objects.toString(content.get("apiVersion"), "");
        }

        String kind() {
            return Objects.toString(content.get("kind"), "");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> metadata() {
            return (Map<String, Object>) content.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
        }
    }

    /** Why the build failed; the message names the file. */
    static final class BuildException extends Exception {
        BuildException(String message) {
            super(message);
        }
    }

    private final SortedMap<String, byte[]> files;
    private final Decryptor decryptor;
    private final Predicate<Built> clusterScoped;

    /**
     * @param files         the artifact's files (repository path → content)
     * @param decryptor     null when the Kustomization has no {@code spec.decryption}: an encrypted file then fails
     * @param clusterScoped which objects {@code namespace:} leaves alone
     */
    SimulatedKustomizeBuild(SortedMap<String, byte[]> files, Decryptor decryptor, Predicate<Built> clusterScoped) {
        this.files = files;
        this.decryptor = decryptor;
        this.clusterScoped = clusterScoped;
    }

    /** Builds the folder {@code path} ("./clusters/demo", "" for the root) into its objects, in kustomize's order. */
    List<Built> build(String path) throws BuildException {
        String dir = normalize(path);
        if (!isDirectory(dir)) {
            throw new BuildException("kustomization path not found: " + show(dir) + " is not a folder of the "
                    + "artifact (simulated kustomize)");
        }
        List<Built> out = new ArrayList<>();
        folder(dir, out, new LinkedHashSet<>());
        return out;
    }

    private void folder(String dir, List<Built> out, Set<String> visiting) throws BuildException {
        if (!visiting.add(dir)) {
            throw new BuildException(show(dir) + " includes itself through its resources (simulated kustomize)");
        }
        String kustomization = FILE_NAMES.stream().map(n -> join(dir, n)).filter(files::containsKey).findFirst()
                .orElse(null);
        List<Built> built = new ArrayList<>();
        String namespace = null;
        if (kustomization == null) {
            for (String entry : entries(dir)) {
                String p = join(dir, entry);
                if (isDirectory(p)) {
                    folder(p, built, visiting);
                } else if (entry.endsWith(".yaml") || entry.endsWith(".yml")) {
                    file(p, built);
                }
            }
        } else {
            Map<String, Object> k = kustomization(kustomization);
            namespace = k.get("namespace") == null ? null : k.get("namespace").toString();
            Object resources = k.getOrDefault("resources", List.of());
            if (!(resources instanceof List<?> list)) {
                throw new BuildException(kustomization + ": resources must be a list of files and folders");
            }
            for (Object r : list) {
                String p = resolve(dir, Objects.toString(r, ""), kustomization);
                if (isDirectory(p)) {
                    folder(p, built, visiting);
                } else if (files.containsKey(p)) {
                    file(p, built);
                } else {
                    throw new BuildException(kustomization + ": resource " + r + " not found in the artifact "
                            + "(simulated kustomize)");
                }
            }
        }
        if (namespace != null) {
            for (Built b : built) {
                if (!clusterScoped.test(b)) {
                    b.metadata().put("namespace", namespace);
                }
            }
        }
        out.addAll(built);
        visiting.remove(dir);
    }

    private Map<String, Object> kustomization(String file) throws BuildException {
        Map<String, Object> k;
        try {
            k = YAML.readValue(files.get(file), MAP);
        } catch (IOException e) {
            throw new BuildException(file + " is not YAML (line " + line(e) + ")");
        }
        if (k == null) {
            return Map.of();
        }
        for (String key : k.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new BuildException(file + ": '" + key + "' is not supported by the sandbox's simulated "
                        + "kustomize (it builds resources and namespace only); build this folder on a real cluster");
            }
        }
        return k;
    }

    private void file(String file, List<Built> out) throws BuildException {
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        List<Map<String, Object>> docs = documents(text, file);
        if (docs.size() == 1 && docs.get(0).containsKey("sops")) {
            if (decryptor == null) {
                throw new BuildException(file + " is SOPS-encrypted but the Kustomization has no spec.decryption "
                        + "(simulated kustomize-controller)");
            }
            docs = documents(decryptor.decrypt(text, file), file);
        }
        for (Map<String, Object> doc : docs) {
            if (doc.get("kind") == null || doc.get("apiVersion") == null || !(doc.get("metadata") instanceof Map<?, ?> m)
                    || m.get("name") == null) {
                throw new BuildException(file + ": every document needs apiVersion, kind and metadata.name");
            }
            out.add(new Built(file, doc));
        }
    }

    private static List<Map<String, Object>> documents(String text, String file) throws BuildException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (MappingIterator<Map<String, Object>> it = YAML.readerFor(MAP).readValues(text)) {
            while (it.hasNextValue()) {
                Map<String, Object> doc = it.nextValue();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the line only: the text may be a decrypted Secret
            throw new BuildException(file + " is not YAML objects (line " + line(e) + ")");
        }
        return docs;
    }

    private static String line(Exception e) {
        return e instanceof JsonProcessingException j && j.getLocation() != null
                ? String.valueOf(j.getLocation().getLineNr()) : "?";
    }

    /** The names directly in {@code dir}, sorted (files and sub-folders). */
    private List<String> entries(String dir) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        Set<String> names = new LinkedHashSet<>();
        for (String p : files.keySet()) {
            if (p.startsWith(prefix)) {
                String rest = p.substring(prefix.length());
                int slash = rest.indexOf('/');
                names.add(slash < 0 ? rest : rest.substring(0, slash));
            }
        }
        return new ArrayList<>(names);
    }

    private boolean isDirectory(String dir) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        return files.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    private static String resolve(String dir, String ref, String kustomization) throws BuildException {
        if (ref.contains("://") || ref.startsWith("/")) {
            throw new BuildException(kustomization + ": resource " + ref + " is not a file or folder of the "
                    + "repository (remote and absolute resources are not built by the simulated kustomize)");
        }
        List<String> parts = new ArrayList<>(dir.isEmpty() ? List.of() : List.of(dir.split("/")));
        for (String part : ref.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new BuildException(kustomization + ": resource " + ref + " leaves the repository");
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    static String normalize(String path) {
        String p = Objects.toString(path, "").strip();
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals(".") ? "" : p;
    }

    private static String join(String dir, String name) {
        return dir.isEmpty() ? name : dir + "/" + name;
    }

    private static String show(String dir) {
        return "./" + dir;
    }
}
