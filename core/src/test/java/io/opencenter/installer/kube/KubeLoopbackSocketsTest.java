package io.opencenter.installer.kube;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KubeLoopbackSocketsTest {

    @Test
    void decodesProcAddresses() {
        assertThat(LoopbackSockets.peer("0100007F:3F03")).isNull();                      // 127.0.0.1:16131
        assertThat(LoopbackSockets.peer("00000000:0000")).isNull();                      // no peer
        assertThat(LoopbackSockets.peer("0101A8C0:01BB")).isEqualTo("192.168.1.1:443");
        assertThat(LoopbackSockets.peer("00000000000000000000000001000000:0050")).isNull(); // ::1
        assertThat(LoopbackSockets.peer("0000000000000000FFFF00000100007F:0050")).isNull(); // ::ffff:127.0.0.1
        assertThat(LoopbackSockets.peer("B80D0120000000000000000001000000:0050")).isEqualTo("2001:db8:0:0:0:0:0:1:80");
    }

    @Test
    void aLoopbackConnectionIsNotReported() throws Exception {
        assumeTrue(LoopbackSockets.available(), "no /proc (not Linux)");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            assertThat(client.isConnected() && accepted.isConnected()).isTrue();
            assertThat(LoopbackSockets.nonLoopbackPeers()).isEmpty();
        }
    }
}
