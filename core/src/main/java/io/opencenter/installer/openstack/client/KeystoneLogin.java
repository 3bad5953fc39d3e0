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

    KeystoneLogin(AuthInfo info, Token token) {
        this.info = info;
        this.token = token;
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

    @Override
    public String toString() {
        return "KeystoneLogin[" + info.userName() + "@" + info.projectName() + ", expires " + info.expiresAt() + "]";
    }
}
