package io.opencenter.installer.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX themes the user can switch between; light is the default. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        String css = this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(css);
    }
}
