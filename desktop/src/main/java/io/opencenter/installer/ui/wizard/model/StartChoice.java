package io.opencenter.installer.ui.wizard.model;

/** What the user picked on the Welcome page. */
public enum StartChoice {
    /** The built-in simulated cloud: always labelled as simulated. */
    SANDBOX,
    /** A real OpenStack cloud named in clouds.yaml. */
    OWN_CLOUD,
    /** A config file saved earlier. */
    EXISTING_CONFIG
}
