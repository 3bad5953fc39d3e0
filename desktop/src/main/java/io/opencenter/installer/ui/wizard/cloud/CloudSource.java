package io.opencenter.installer.ui.wizard.cloud;

/** Where the Cloud page gets its cloud from. */
public enum CloudSource {
    /** The built-in simulated cloud. */
    SANDBOX,
    /** An entry of the user's clouds.yaml (+ secure.yaml). */
    CLOUDS_YAML,
    /** Credentials typed into the page. */
    CREDENTIALS
}
