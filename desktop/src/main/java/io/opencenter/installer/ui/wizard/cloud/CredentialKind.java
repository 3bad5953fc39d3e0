package io.opencenter.installer.ui.wizard.cloud;

/** The two ways to log in that the page offers; application credentials first, as recommended. */
public enum CredentialKind {
    /** {@code v3applicationcredential}: scoped to one project, revocable, no user password stored. */
    APPLICATION_CREDENTIAL,
    /** {@code password}: user name and password, scoped to a project. */
    PASSWORD
}
