package io.opencenter.installer.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX themes the user can switch between; light is the default. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        // the precompiled binary form: JavaFX skips parsing ~170 KB of CSS at start-up
        String stylesheet = this == DARK ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
        Application.setUserAgentStylesheet(stylesheet);
    }
}
