package io.opencenter.installer.openstack.client;

import io.opencenter.installer.net.DestinationPolicy;
import io.opencenter.installer.net.DestinationRefusedException;
import io.opencenter.installer.net.HttpClients;
import io.opencenter.installer.net.LoopbackViolations;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openstack4j.core.transport.Config;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.openstack.OSFactory;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Both HTTP clients of the OpenStack gateway come from the one factory: an endpoint off loopback (a Keystone on a
 * floating IP) is refused under test, and the error the gateway reports says so. Each test first checks that the
 * guard is in place, so that a broken factory fails here instead of sending a packet.
 */
class LoopbackGuardTest {

    private static final String OFF_LOOPBACK = "http://203.0.113.10:5000/v3";

    @BeforeEach
    void theBuildTurnsTheRuleOn() {
        assertThat(DestinationPolicy.current()).isEqualTo(DestinationPolicy.LOOPBACK_ONLY);
    }

    @AfterEach
    void nothingLeftOver() {
        assertThat(LoopbackViolations.drain()).isEmpty();
    }

    @Test
    void theGatewaysOwnRequestsAreRefusedAndSaySo() {
        HttpTransport transport = new HttpTransport(null);
        assertThat(transport.client().proxy()).as("guard installed").isPresent();
        URI uri = URI.create(OFF_LOOPBACK + "/auth/tokens");

        OpenStackException e = catchThrowableOfType(() -> transport.send(new CallSite("identity", "login", "GET", uri),
                HttpTransport.get(uri)), OpenStackException.class);

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains("203.0.113.10:5000", "refused by the test loopback policy");
        assertThat(LoopbackViolations.drain()).hasSize(1);
    }

    @Test
    void openstack4jsRequestsAreRefused() {
        Class<?> guarded = HttpClients.okHttp(DestinationPolicy.LOOPBACK_ONLY, b -> { }).socketFactory().getClass();
        assertThat(new GatewayHttpConnector().client(Config.DEFAULT, false).socketFactory()).as("guard installed")
                .isInstanceOf(guarded);

        Throwable t = catchThrowable(() -> OSFactory.builderV3().endpoint(OFF_LOOPBACK)
                .credentials("demo", "pw", Identifier.byName("Default")).authenticate());

        assertThat(t).hasRootCauseInstanceOf(DestinationRefusedException.class);
        assertThat(LoopbackViolations.drain()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getMessage()).startsWith("connection to 203.0.113.10:5000"));
    }
}
