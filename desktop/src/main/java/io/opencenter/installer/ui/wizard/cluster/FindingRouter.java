package io.opencenter.installer.ui.wizard.cluster;

import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.spec.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends each finding to the input it is about: the longest field path that is the finding's path or a prefix of it
 * ({@code spec.network.dnsNameservers[1]} → the DNS field). Findings about something without an input (a missing
 * section, {@code apiVersion}) are "unmapped" and listed at the top of the page.
 */
public final class FindingRouter {
    private FindingRouter() {}

    public static RoutedFindings route(List<Finding> findings, Collection<String> fieldPaths) {
        Map<String, List<Finding>> byField = new LinkedHashMap<>();
        List<Finding> unmapped = new ArrayList<>();
        for (Finding finding : findings) {
            String field = fieldFor(finding.path(), fieldPaths);
            if (field == null) {
                unmapped.add(finding);
            } else {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(finding);
            }
        }
        return new RoutedFindings(byField, unmapped);
    }

    static String fieldFor(String findingPath, Collection<String> fieldPaths) {
        if (findingPath == null) {
            return null;
        }
        String best = null;
        for (String field : fieldPaths) {
            boolean covers = findingPath.equals(field) || findingPath.startsWith(field + ".")
                    || findingPath.startsWith(field + "[");
            if (covers && (best == null || field.length() > best.length())) {
                best = field;
            }
        }
        return best;
    }

    /** Findings grouped by the field path they are shown at, and those with no field. */
    public record RoutedFindings(Map<String, List<Finding>> byField, List<Finding> unmapped) {
        public static final RoutedFindings NONE = new RoutedFindings(Map.of(), List.of());

        public RoutedFindings {
            Map<String, List<Finding>> copy = new LinkedHashMap<>();
            byField.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            byField = java.util.Collections.unmodifiableMap(copy);
            unmapped = List.copyOf(unmapped);
        }

        public List<Finding> at(String fieldPath) {
            return byField.getOrDefault(fieldPath, List.of());
        }

        public List<Finding> at(ConfigField field) {
            return at(field.path());
        }
    }
}
