package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import io.opencenter.installer.workspace.SecretValues;
import org.openstack4j.model.identity.v3.Token;

import java.time.Instant;

/**
 * A successful Keystone v3 login: what we show ({@link AuthInfo}) and the openstack4j token object clients are
 * built from. Deliberately not a record, so no generated toString can print the token.
 */
public final class KeystoneLogin {
    private final AuthInfo info;
    private final Token token;
    private final String restrictedCredential;

    KeystoneLogin(AuthInfo info, Token token) {
        this(info, token, null);
    }

    /**
     * @param restrictedCredential id (or name) of the restricted application credential the token was made from,
     *                             or null (password, unrestricted application credential)
     */
    KeystoneLogin(AuthInfo info, Token token, String restrictedCredential) {
        this.info = info;
        this.token = token;
        this.restrictedCredential = restrictedCredential;
        SecretValues.remember(token.getId());
    }

    public AuthInfo info() {
        return info;
    }

    public Instant expiresAt() {
        return info.expiresAt();
    }

    /** For {@code OSFactory.clientFromToken}; never log it (openstack4j's toString prints the token id). */
    Token token() {
        return token;
    }

    String tokenId() {
        return token.getId();
    }

    /** The Keystone v3 URL this login was made at ({@code auth_url} with {@code /v3}). */
    String identityBase() {
        return token.getEndpoint();
    }

    /**
     * The restricted application credential behind the token, or null. Keystone refuses such a login to create or
     * delete application credentials.
     */
    String restrictedCredential() {
        return restrictedCredential;
    }

    @Override
    public String toString() {
        return "KeystoneLogin[" + info.userName() + "@" + info.projectName() + ", expires " + info.expiresAt() + "]";
    }
}
