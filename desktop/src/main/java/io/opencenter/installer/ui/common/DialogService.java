package io.opencenter.installer.ui.common;

import io.opencenter.installer.spec.Finding;
import java.util.List;

/**
 * The one way the UI reports problems that are not tied to a field (those are shown at the field) and asks for
 * confirmation. An interface so tests can record instead of blocking on a modal window.
 */
public interface DialogService {
    void showError(String title, String message, Throwable cause);

    /** Findings of an opened file: path, message and hint of each. */
    void showFindings(String title, String header, List<Finding> findings);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);
}
