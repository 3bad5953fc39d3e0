package io.opencenter.installer.gitops;

import io.opencenter.installer.kube.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The documents of a generated tree, for assertions. */
record TreeDocs(List<Doc> docs) {

    record Doc(String path, Map<String, Object> content) {
        String kind() {
            return (String) content.get("kind");
        }

        @SuppressWarnings("unchecked")
        String name() {
            return (String) ((Map<String, Object>) content.get("metadata")).get("name");
        }

        @SuppressWarnings("unchecked")
        String namespace() {
            return (String) ((Map<String, Object>) content.get("metadata")).get("namespace");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> spec() {
            return (Map<String, Object>) content.get("spec");
        }
    }

    static TreeDocs of(RepoTree tree) {
        List<Doc> out = new ArrayList<>();
        tree.files().keySet().stream().filter(p -> p.endsWith(".yaml") && !p.endsWith("/kustomization.yaml"))
                .forEach(p -> Manifest.parseAll(tree.text(p)).forEach(m -> out.add(new Doc(p, m.content()))));
        return new TreeDocs(out);
    }

    List<Doc> ofKind(String kind) {
        return docs.stream().filter(d -> kind.equals(d.kind())).toList();
    }

    /** The Flux Kustomizations (not kustomize's own files, which are not parsed here). */
    List<Doc> fluxKustomizations() {
        return ofKind("Kustomization").stream()
                .filter(d -> String.valueOf(d.content().get("apiVersion")).startsWith("kustomize.toolkit.fluxcd.io/"))
                .toList();
    }

    boolean has(String kind, String namespace, String name) {
        return docs.stream().anyMatch(d -> kind.equals(d.kind()) && Objects.equals(namespace, d.namespace())
                && name.equals(d.name()));
    }
}
