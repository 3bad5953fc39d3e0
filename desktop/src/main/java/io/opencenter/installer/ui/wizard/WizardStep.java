package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.ui.common.FxmlFile;

/**
 * One entry of the wizard's step list. {@code page} is null for steps that a later release builds: they are shown
 * greyed out so people see where the journey goes, and navigation skips them.
 */
public record WizardStep(String id, String titleKey, FxmlFile page) {
    public boolean available() {
        return page != null;
    }
}
