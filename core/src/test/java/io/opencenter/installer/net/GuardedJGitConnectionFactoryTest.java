package io.opencenter.installer.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URL;
import org.eclipse.jgit.transport.http.HttpConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * JGit's connection factory checks where each connection would go (the proxy JGit chose, or the URL's host) before
 * it is made. Creating a JGit connection opens no socket, so these checks connect nowhere.
 */
class GuardedJGitConnectionFactoryTest {

    private final HttpConnectionFactory guarded = HttpClients.jgit(DestinationPolicy.LOOPBACK_ONLY);

    @Test
    void aHostOffLoopbackIsRefusedAndRecorded() throws Exception {
        assertThatThrownBy(() -> guarded.create(new URL("https://203.0.113.10/org/repo.git/info/refs")))
                .isInstanceOf(DestinationRefusedException.class)
                .hasMessageContaining("203.0.113.10:443").hasMessageContaining("loopback");
        assertThat(LoopbackViolations.drain()).hasSize(1);
    }

    @Test
    void theProxyJGitChoseIsWhatIsChecked() throws Exception {
        Proxy offLoopback = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("203.0.113.20", 3128));
        assertThatThrownBy(() -> guarded.create(new URL("http://127.0.0.1:1/x.git"), offLoopback))
                .isInstanceOf(DestinationRefusedException.class).hasMessageContaining("203.0.113.20:3128");
        assertThat(LoopbackViolations.drain()).hasSize(1);

        Proxy local = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(InetAddress.getLoopbackAddress(), 3128));
        assertThat(guarded.create(new URL("https://203.0.113.10/x.git"), local)).isNotNull();
        assertThat(guarded.create(new URL("http://127.0.0.1:1/x.git"), Proxy.NO_PROXY)).isNotNull();
        assertThat(HttpClients.jgit(DestinationPolicy.ANY).create(new URL("https://203.0.113.10/x.git")))
                .isNotNull();
        assertThat(LoopbackViolations.drain()).isEmpty();
    }
}
