package io.opencenter.installer.ui.wizard.install;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;

/** "done", "estimating the time left", "about 40 s left", "about 3 min left": for resources and nodes alike. */
final class EtaText {
    private EtaText() {}

    static String of(boolean done, Duration eta, ResourceBundle bundle) {
        if (done) {
            return bundle.getString("install.eta.done");
        }
        if (eta == null) {
            return bundle.getString("install.eta.unknown");
        }
        return eta.toSeconds() < 60
                ? MessageFormat.format(bundle.getString("install.eta.seconds"), Math.max(1, eta.toSeconds()))
                : MessageFormat.format(bundle.getString("install.eta.minutes"), Math.round(eta.toSeconds() / 60.0));
    }
}
