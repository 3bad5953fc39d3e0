package io.opencenter.installer.openstack.client;

import io.opencenter.installer.openstack.OpenStackGateway.AuthInfo;
import org.junit.jupiter.api.Test;
import org.openstack4j.openstack.identity.v3.domain.KeystoneToken;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSourceTest {

    private final RetryPolicyTest.FakeTime time = new RetryPolicyTest.FakeTime();
    private final AtomicInteger logins = new AtomicInteger();

    private KeystoneLogin login() {
        KeystoneToken t = new KeystoneToken();
        t.setId("t" + logins.incrementAndGet());
        return new KeystoneLogin(new AuthInfo("u", "u-id", "p", "p-id", "Default", time.instant().plus(
                Duration.ofHours(1)), List.of()), t);
    }

    @Test
    void reusesTheTokenUntilShortlyBeforeItExpires() {
        TokenSource tokens = new TokenSource(this::login, time);
        KeystoneLogin first = tokens.current();

        time.sleep(Duration.ofMinutes(58));
        assertThat(tokens.current()).isSameAs(first);

        time.sleep(Duration.ofMinutes(1));
        KeystoneLogin renewed = tokens.current();
        assertThat(renewed).isNotSameAs(first);
        assertThat(renewed.tokenId()).isEqualTo("t2");
        assertThat(logins).hasValue(2);
    }

    @Test
    void invalidateForcesOneNewLoginEvenWhenCalledTwiceForTheSameToken() {
        TokenSource tokens = new TokenSource(this::login, time);
        KeystoneLogin first = tokens.current();

        tokens.invalidate(first);
        KeystoneLogin second = tokens.current();
        tokens.invalidate(first); // a slower thread reporting the same stale token
        assertThat(tokens.current()).isSameAs(second);
        assertThat(logins).hasValue(2);
    }
}
