package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads rendered user-data back: its files by path, its runcmd lines. */
final class UserDataFiles {
    record File(String content, String permissions) {}

    private UserDataFiles() {}

    static JsonNode parse(String userData) {
        if (!userData.startsWith("#cloud-config\n")) {
            throw new AssertionError("user-data does not start with #cloud-config");
        }
        return NodeYaml.read(userData);
    }

    static Map<String, File> files(String userData) {
        Map<String, File> files = new LinkedHashMap<>();
        for (JsonNode f : parse(userData).path("write_files")) {
            files.put(f.path("path").asText(), new File(f.path("content").asText(), f.path("permissions").asText()));
        }
        return files;
    }

    /** The documents of a multi-document YAML file (a kubeadm config). */
    static List<JsonNode> documents(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\n")) {
            docs.add(NodeYaml.read(doc));
        }
        return docs;
    }

    static List<String> runcmd(String userData) {
        List<String> lines = new ArrayList<>();
        parse(userData).path("runcmd").forEach(n -> lines.add(n.asText()));
        return lines;
    }
}
