package io.opencenter.installer.ui.common;

import io.opencenter.installer.spec.Finding;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** How findings read on screen: the message, then the hint on its own line. */
public final class FindingText {
    private FindingText() {}

    /** Under a field: the path is implied by where it is shown. */
    public static String atField(List<Finding> findings, ResourceBundle bundle) {
        return findings.stream().map(f -> atField(f, bundle)).collect(Collectors.joining("\n"));
    }

    public static String atField(Finding f, ResourceBundle bundle) {
        return f.hint() == null || f.hint().isBlank() ? f.message()
                : f.message() + "\n" + bundle.getString("finding.hint") + " " + f.hint();
    }

    /** In a list away from any field: with the path, so the user knows where to look. */
    public static String withPath(Finding f, ResourceBundle bundle) {
        String where = f.path() == null || f.path().isBlank() ? "" : f.path() + ": ";
        return where + atField(f, bundle);
    }
}
