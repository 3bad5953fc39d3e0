package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code #cloud-config} document with the two modules user-data uses: {@code write_files} (written in cloud-init's
 * init stage, before any command) and {@code runcmd} (one {@code /bin/sh} script, run once in the final stage).
 * Emitted through {@link NodeYaml}, so file contents and commands are quoted by the YAML emitter.
 */
final class CloudConfig {
    static final String HEADER = "#cloud-config\n";

    /** A file cloud-init writes; {@code permissions} is an octal string such as {@code "0600"}. */
    record WriteFile(String path, String content, String permissions) {
        static WriteFile secret(String path, String content) {
            return new WriteFile(path, content, "0600");
        }

        static WriteFile readable(String path, String content) {
            return new WriteFile(path, content, "0644");
        }
    }

    private final List<WriteFile> files = new ArrayList<>();
    private final List<String> commands = new ArrayList<>();

    CloudConfig file(WriteFile file) {
        files.add(file);
        return this;
    }

    CloudConfig files(List<WriteFile> more) {
        files.addAll(more);
        return this;
    }

    CloudConfig run(List<String> lines) {
        commands.addAll(lines);
        return this;
    }

    CloudConfig run(String line) {
        commands.add(line);
        return this;
    }

    String render() {
        ObjectNode doc = NodeYaml.object();
        ArrayNode writeFiles = doc.putArray("write_files");
        for (WriteFile f : files) {
            writeFiles.addObject()
                    .put("path", f.path())
                    .put("owner", "root:root")
                    .put("permissions", f.permissions())
                    .put("content", f.content());
        }
        ArrayNode runcmd = doc.putArray("runcmd");
        commands.forEach(runcmd::add);
        return HEADER + NodeYaml.write(doc);
    }
}
