package io.opencenter.installer.gitops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of the repository while it is being generated, per folder. Every folder gets a kustomization.yaml
 * listing its files (sorted), so kustomize and kustomize-controller build exactly what is there. Plain documents
 * can never be a Secret: those go through {@link #sealed} only.
 */
final class RepoFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final SortedMap<String, SortedMap<String, String>> folders = new TreeMap<>();

    /** Adds {@code documents} as {@code folder/file}. */
    void documents(String folder, String file, List<? extends Map<String, Object>> documents) {
        for (Map<String, Object> d : documents) {
            if ("Secret".equals(d.get("kind"))) {
                throw new IllegalStateException("the generator tried to write a plaintext Secret to " + folder + "/"
                        + file + "; Secrets reach the repository only sealed");
            }
        }
        put(folder, file, Yaml.writeAll(documents));
    }

    void document(String folder, String file, Map<String, Object> document) {
        documents(folder, file, List.of(document));
    }

    boolean hasFolder(String folder) {
        return folders.containsKey(folder);
    }

    /** Seals {@code secret} and adds it where its path says; its folder must already hold the service's files. */
    void sealed(SecretFile secret, SecretSealer sealer) {
        int slash = secret.path().lastIndexOf('/');
        String folder = slash < 0 ? "" : secret.path().substring(0, slash);
        String file = secret.path().substring(slash + 1);
        if (!folders.containsKey(folder)) {
            throw new IllegalArgumentException("secret file " + secret.path() + " belongs to no folder the repository "
                    + "has (is its service disabled?); known folders: " + folders.keySet());
        }
        if (folders.get(folder).containsKey(file)) {
            throw new IllegalArgumentException("two files for " + secret.path());
        }
        requireOneSecret(secret);
        put(folder, file, sealer.seal(secret.path(), secret.plaintextYaml()));
    }

    private static void requireOneSecret(SecretFile secret) {
        try {
            JsonNode node = YAML.readTree(secret.plaintextYaml());
            if (node == null || !"Secret".equals(node.path("kind").asText())) {
                throw new IllegalArgumentException("secret file " + secret.path() + " does not hold a kind: Secret");
            }
        } catch (IOException e) {
            // never the parser's message: it may quote the secret
            throw new IllegalArgumentException("secret file " + secret.path() + " is not one YAML document");
        }
    }

    private void put(String folder, String file, String text) {
        if (text.isBlank()) {
            throw new IllegalStateException(folder + "/" + file + " would be empty");
        }
        folders.computeIfAbsent(folder, f -> new TreeMap<>()).put(file, text);
    }

    /** The tree, each folder with its kustomization.yaml (unless the folder wrote its own). */
    RepoTree tree() {
        TreeMap<String, byte[]> out = new TreeMap<>();
        folders.forEach((folder, files) -> {
            String prefix = folder.isEmpty() ? "" : folder + "/";
            files.forEach((name, text) -> out.put(prefix + name, text.getBytes(StandardCharsets.UTF_8)));
            if (!files.containsKey(RepoLayout.KUSTOMIZATION)) {
                List<String> resources = new ArrayList<>(files.keySet());
                out.put(prefix + RepoLayout.KUSTOMIZATION, Yaml.write(FluxObjects.kustomizeFile(resources))
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        return new RepoTree(out);
    }
}
