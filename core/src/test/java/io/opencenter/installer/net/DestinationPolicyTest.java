package io.opencenter.installer.net;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ServiceLoader;

import static io.opencenter.installer.net.DestinationPolicy.ANY;
import static io.opencenter.installer.net.DestinationPolicy.LOOPBACK_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rule itself, without a socket: which addresses pass, and what a refusal says and leaves behind. */
class DestinationPolicyTest {

    @AfterEach
    void nothingLeftOver() {
        // every refusal below is provoked on purpose and checked where it happens
        assertThat(LoopbackViolations.drain()).isEmpty();
    }

    private static InetSocketAddress at(String literal, int port) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(literal), port);
    }

    @Test
    void theBuildTurnsTheLoopbackRuleOnForTestsAndRegistersTheCheck() {
        // the parent pom's surefire settings; without them no guard would be installed under test
        assertThat(System.getProperty(DestinationPolicy.PROPERTY)).isEqualTo("true");
        assertThat(DestinationPolicy.current()).isEqualTo(LOOPBACK_ONLY);
        assertThat(ServiceLoader.load(Extension.class).stream().map(p -> p.type().getName()))
                .contains(LoopbackViolationCheck.class.getName());
    }

    @Test
    void loopbackAddressesPass() throws Exception {
        for (String a : new String[] {"127.0.0.1", "127.255.0.9", "::1"}) {
            assertThatCode(() -> LOOPBACK_ONLY.check(at(a, 6443), "test")).as(a).doesNotThrowAnyException();
        }
    }

    @Test
    void anAddressOffLoopbackIsRefusedNamedAndRecorded() throws Exception {
        DestinationRefusedException e = catchThrowableOfType(
                () -> LOOPBACK_ONLY.check(at("203.0.113.10", 6443), "for https://203.0.113.10:6443/version"),
                DestinationRefusedException.class);
        assertThat(e.getMessage()).contains("203.0.113.10:6443", "https://203.0.113.10:6443/version",
                "refused by the test loopback policy", "opencenter.net.loopbackOnly=true", "127.0.0.0/8");
        assertThat(e.address()).isEqualTo(at("203.0.113.10", 6443));
        assertThat(LoopbackViolations.drain()).containsExactly(e);
    }

    @Test
    void privateAndIpv6AddressesAreRefusedToo() throws Exception {
        for (String a : new String[] {"10.0.0.1", "192.168.1.1", "0.0.0.0", "2001:db8::1", "::ffff:10.0.0.1"}) {
            assertThat(catchThrowableOfType(() -> LOOPBACK_ONLY.check(at(a, 443), "test"),
                    DestinationRefusedException.class)).as(a).isNotNull();
        }
        assertThat(LoopbackViolations.drain()).hasSize(5)
                .anySatisfy(e -> assertThat(e.getMessage()).startsWith("connection to [2001:db8:0:0:0:0:0:1]:443"));
    }

    @Test
    void theShippedAppRefusesNothing() throws Exception {
        assertThatCode(() -> ANY.check(at("203.0.113.10", 6443), "test")).doesNotThrowAnyException();
        assertThat(LoopbackViolations.drain()).isEmpty();
    }

    @Test
    void anUnresolvedAddressIsLeftToTheSocketWhichCannotDialIt() {
        assertThatCode(() -> LOOPBACK_ONLY.check(InetSocketAddress.createUnresolved("nowhere.invalid", 443), "test"))
                .doesNotThrowAnyException();
    }
}
