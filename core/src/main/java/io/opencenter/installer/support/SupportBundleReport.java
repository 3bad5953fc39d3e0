package io.opencenter.installer.support;

import java.nio.file.Path;
import java.util.List;

/**
 * What a support bundle holds: the zip written, its entry names in order, and how many secrets were masked on the
 * way in (so a user can see redaction really ran).
 */
public record SupportBundleReport(Path file, List<String> entries, int redactions) {
    public SupportBundleReport {
        entries = List.copyOf(entries);
    }
}
