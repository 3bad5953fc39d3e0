package io.opencenter.installer.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of {@code shared/spec/openstack-cluster-logical-diagram.txt} the catalog must agree with: the
 * Namespace Layout table, the Data Flow Summary and the OpenStack-vs-generic comparison table.
 */
record SpecDiagram(List<NamespaceRow> namespaces, List<FlowLine> dataFlows, List<ComparisonRow> comparison) {
    static final String RELATIVE = "shared/spec/openstack-cluster-logical-diagram.txt";

    record NamespaceRow(String namespace, List<String> services, String purpose) {}

    record FlowLine(String name, String description) {}

    record ComparisonRow(String concern, String generic, String openstack) {}

    /** Looks for {@code shared/spec/…} beside the project directory or any of its ancestors. */
    static Optional<Path> locate(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static SpecDiagram read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    static SpecDiagram parse(List<String> lines) {
        List<NamespaceRow> namespaces = new ArrayList<>();
        List<FlowLine> flows = new ArrayList<>();
        List<ComparisonRow> comparison = new ArrayList<>();
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.equals("Namespace Layout") || line.equals("Data Flow Summary")
                    || line.equals("OpenStack-Specific Differences") || line.equals("Related")) {
                section = line;
                continue;
            }
            switch (section) {
                case "Namespace Layout" -> {
                    if (!line.startsWith("|") && line.contains("|")) {
                        String[] cells = cells(line);
                        namespaces.add(new NamespaceRow(cells[0],
                                Arrays.stream(cells[1].split(",")).map(String::strip).toList(), cells[2]));
                    }
                }
                case "Data Flow Summary" -> {
                    if (line.startsWith("- ") && line.contains(":")) {
                        int colon = line.indexOf(':');
                        flows.add(new FlowLine(line.substring(2, colon).strip(), line.substring(colon + 1).strip()));
                    }
                }
                case "OpenStack-Specific Differences" -> {
                    if (line.startsWith("| ") && !line.startsWith("| Concern")) {
                        String[] cells = cells(line);
                        comparison.add(new ComparisonRow(cells[0], cells[1], cells[2]));
                    }
                }
                default -> { }
            }
        }
        return new SpecDiagram(namespaces, flows, comparison);
    }

    private static String[] cells(String row) {
        String trimmed = row.replaceAll("^\\|", "").replaceAll("\\|$", "");
        return Arrays.stream(trimmed.split("\\|")).map(String::strip).toArray(String[]::new);
    }

    ComparisonRow row(String concern) {
        return comparison.stream().filter(r -> r.concern().equals(concern)).findFirst()
                .orElseThrow(() -> new AssertionError("spec comparison table has no row '" + concern + "'"));
    }
}
