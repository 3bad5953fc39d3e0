package io.opencenter.installer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -f FILE}: the cluster config every config-reading command takes. */
final class ConfigFileOption {
    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "The cluster config (YAML).")
    Path file;
}
