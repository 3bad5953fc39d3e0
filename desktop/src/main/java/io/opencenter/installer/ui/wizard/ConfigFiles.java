package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reading and writing config files, done by the spec package; an interface so tests can make it fail. */
public interface ConfigFiles {
    /** {@code config} is null when the file could not be read as a config at all (then findings say why). */
    record Opened(ClusterConfig config, List<Finding> findings) {
        public Opened {
            findings = List.copyOf(findings);
        }
    }

    Opened load(Path file) throws IOException;

    void save(ClusterConfig config, Path file) throws IOException;

    /** The rules of cluster-config.md applied to a config (the same validator the CLI uses). */
    List<Finding> validate(ClusterConfig config);
}
