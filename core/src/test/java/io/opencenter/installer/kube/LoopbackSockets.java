package io.opencenter.installer.kube;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The peers of this JVM's own sockets, read from Linux's {@code /proc}: the sockets among {@code /proc/self/fd}
 * looked up in {@code /proc/self/net/{tcp,tcp6,udp,udp6}}. A test calls {@link #nonLoopbackPeers()} while its
 * connections are open to prove that nothing it did reached beyond 127.0.0.0/8 and ::1 (a DNS lookup would show
 * as a UDP socket to a resolver, a stray proxy or default URL as a TCP connection).
 */
public final class LoopbackSockets {

    private static final Path PROC = Path.of("/proc/self");

    private LoopbackSockets() {
    }

    /** Whether this system has the files to look at (Linux). */
    public static boolean available() {
        return Files.isReadable(PROC.resolve("net/tcp")) && Files.isDirectory(PROC.resolve("fd"));
    }

    /** "proto remote-address:port" for every socket of this process whose peer is not a loopback address. */
    public static List<String> nonLoopbackPeers() {
        Set<String> inodes = socketInodes();
        List<String> out = new ArrayList<>();
        for (String proto : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path table = PROC.resolve("net").resolve(proto);
            if (!Files.isReadable(table)) {
                continue;
            }
            try (Stream<String> lines = Files.lines(table)) {
                lines.skip(1).map(String::trim).map(l -> l.split("\\s+")).filter(f -> f.length > 9)
                        .filter(f -> inodes.contains(f[9]))
                        .forEach(f -> {
                            String peer = peer(f[2]);
                            if (peer != null) {
                                out.add(proto + " " + peer);
                            }
                        });
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + table, e);
            }
        }
        return out;
    }

    private static Set<String> socketInodes() {
        Set<String> out = new HashSet<>();
        try (Stream<Path> fds = Files.list(PROC.resolve("fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        out.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed meanwhile
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc/self/fd", e);
        }
        return out;
    }

    /** The peer "address:port" when it is set and not loopback; null for loopback or no peer (a listener). */
    static String peer(String hex) {
        String[] parts = hex.split(":");
        int len = parts[0].length() / 2;
        byte[] addr = new byte[len];
        // /proc prints each 32-bit word of the address in host (little-endian) order
        for (int i = 0; i < len; i++) {
            int word = i / 4;
            int inWord = 3 - i % 4;
            int at = (word * 4 + inWord) * 2;
            addr[i] = (byte) Integer.parseInt(parts[0].substring(at, at + 2), 16);
        }
        int port = Integer.parseInt(parts[1], 16);
        try {
            InetAddress a = InetAddress.getByAddress(addr);
            if (a.isAnyLocalAddress() && port == 0) {
                return null;
            }
            boolean mappedLoopback = len == 16 && isMappedV4Loopback(addr);
            return a.isLoopbackAddress() || mappedLoopback ? null : a.getHostAddress() + ":" + port;
        } catch (UnknownHostException e) {
            return hex;
        }
    }

    private static boolean isMappedV4Loopback(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff && a[12] == 127;
    }
}
