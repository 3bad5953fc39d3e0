package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.OpenStackException.Kind;

/** A failed connection test, placed at the input that can fix it (a wrong password at the password field). */
public record FieldProblem(Field field, String message) {
    public enum Field { PASSWORD, APP_CREDENTIAL_SECRET, AUTH_URL, CA_CERT, CLOUD_ENTRY, PAGE }

    /** Where a login or connect failure of this kind belongs, given how the user chose the cloud. */
    static Field place(Kind kind, CloudSource source, CredentialKind credentials) {
        if (source == CloudSource.SANDBOX || kind == null) {
            return Field.PAGE;
        }
        if (source == CloudSource.CLOUDS_YAML) {
            return Field.CLOUD_ENTRY;
        }
        return switch (kind) {
            case UNAUTHORIZED, FORBIDDEN -> credentials == CredentialKind.PASSWORD ? Field.PASSWORD
                    : Field.APP_CREDENTIAL_SECRET;
            case TLS -> Field.CA_CERT;
            case UNREACHABLE, NO_ENDPOINT, BAD_REQUEST, NOT_FOUND -> Field.AUTH_URL;
            default -> Field.PAGE;
        };
    }
}
