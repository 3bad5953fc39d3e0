package io.opencenter.installer.kube;

import io.opencenter.installer.kube.KubeException.Kind;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where to dial a cluster's API server instead of the address its kubeconfig names: "dial 203.0.113.10:6443 at
 * 127.0.0.1:16443". The floating IP and VIP the sandbox and the test harness hand out are not on this machine, so in
 * the sandbox and in tests the connection goes to the local API server (the sandbox's or the test bed's) by this one
 * explicit setting, never by guessing. Only the connection moves: the kubeconfig on disk and
 * {@link KubeCluster#server()} keep the real endpoint, and TLS is still verified (the local API server's certificate
 * carries 127.0.0.1 among its names). A target must be a loopback address: this maps to a local server, nothing else.
 *
 * @param entries one per mapped endpoint
 * @param source  where the mapping came from ({@value #ENV}, or the code that set it), for the log and errors
 */
public record ApiEndpointMap(List<Entry> entries, String source) {

    /** The environment variable the faces read: {@code 203.0.113.10:6443=127.0.0.1:16443[,...]}. */
    public static final String ENV = "OPENCENTER_API_ENDPOINT_MAP";

    /** The expected form, quoted by every parse error. */
    public static final String FORM = "<host>:<port>=127.0.0.1:<port>, comma-separated, e.g. "
            + "203.0.113.10:6443=127.0.0.1:16443";

    /** Dial {@code host:port} at {@code localHost:localPort} (a loopback address). */
    public record Entry(String host, int port, String localHost, int localPort) {
        public Entry {
            host = normalized(host);
            localHost = normalized(localHost);
            checkPort(port, host);
            checkPort(localPort, localHost);
            if (!isLoopback(localHost)) {
                throw new IllegalArgumentException(localHost + ":" + localPort + " is not a loopback address "
                        + "(127.0.0.0/8, ::1 or localhost): the map only points at a local API server");
            }
        }

        @Override
        public String toString() {
            return hostPort(host, port) + "=" + hostPort(localHost, localPort);
        }
    }

    public ApiEndpointMap {
        entries = List.copyOf(entries);
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            if (!seen.add(hostPort(e.host(), e.port()))) {
                throw new IllegalArgumentException(source + " maps " + hostPort(e.host(), e.port()) + " twice");
            }
        }
    }

    /** No mapping: every server is dialled where its kubeconfig says. */
    public static ApiEndpointMap none() {
        return new ApiEndpointMap(List.of(), "no endpoint map");
    }

    /** The mapping in {@value #ENV}, or {@link #none()} when it is unset or blank. */
    public static ApiEndpointMap fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static ApiEndpointMap fromEnvironment(Map<String, String> env) {
        String value = env.get(ENV);
        return value == null || value.isBlank() ? none() : parse(ENV, value);
    }

    /**
     * Parses {@link #FORM}. A mistake is a CONFIG error naming {@code setting}, the wrong part and the expected form.
     *
     * @param setting where the value comes from (an environment variable, a flag), named in errors and in the log
     */
    public static ApiEndpointMap parse(String setting, String value) {
        List<Entry> entries = new ArrayList<>();
        for (String part : value.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0 || eq != p.lastIndexOf('=')) {
                throw bad(setting, p, "needs exactly one '='");
            }
            try {
                URI from = hostAndPort(p.substring(0, eq).strip());
                URI to = hostAndPort(p.substring(eq + 1).strip());
                entries.add(new Entry(from.getHost(), from.getPort(), to.getHost(), to.getPort()));
            } catch (IllegalArgumentException e) {
                throw bad(setting, p, e.getMessage());
            }
        }
        if (entries.isEmpty()) {
            throw bad(setting, value, "holds no mapping");
        }
        try {
            return new ApiEndpointMap(entries, setting);
        } catch (IllegalArgumentException e) {
            throw bad(setting, value, e.getMessage());
        }
    }

    /** The same map plus "dial {@code host:port} at 127.0.0.1:{@code localPort}", as the sandbox or a test sets it. */
    public ApiEndpointMap with(String host, int port, int localPort) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(host, port, "127.0.0.1", localPort));
        return new ApiEndpointMap(more, entries.isEmpty() ? "endpoint map set by the installer" : source);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entry for a server URL's host and port (the scheme's default port when it names none). */
    public Optional<Entry> find(String serverUrl) {
        URI uri = URI.create(serverUrl);
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        String host = normalized(uri.getHost());
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        return entries.stream().filter(e -> e.host().equals(host) && e.port() == port).findFirst();
    }

    /** The URL to dial for {@code serverUrl}: its mapped local address, path kept; empty when it is not mapped. */
    public Optional<String> dialed(String serverUrl) {
        return find(serverUrl).map(e -> {
            URI uri = URI.create(serverUrl);
            try {
                return new URI(uri.getScheme(), uri.getUserInfo(), e.localHost(), e.localPort(), uri.getPath(),
                        uri.getQuery(), uri.getFragment()).toString();
            } catch (URISyntaxException x) {
                throw new IllegalStateException(x); // a host and port that parsed once compose again
            }
        });
    }

    @Override
    public String toString() {
        return source + " " + entries;
    }

    private static URI hostAndPort(String s) {
        URI uri;
        try {
            uri = new URI("tcp://" + s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not host:port");
        }
        if (uri.getHost() == null || uri.getPort() == -1 || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
                || uri.getUserInfo() != null || uri.getQuery() != null) {
            throw new IllegalArgumentException("\"" + s + "\" is not host:port");
        }
        return uri;
    }

    private static KubeException bad(String setting, String part, String why) {
        return new KubeException(Kind.CONFIG, 0, setting + ": \"" + part + "\" " + why + "; expected " + FORM, null);
    }

    private static void checkPort(int port, String host) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " of " + host + " is not 1-65535");
        }
    }

    /** Lower case, no brackets; an IPv6 literal in one canonical spelling (a literal needs no lookup). */
    private static String normalized(String host) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a host is missing");
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        h = h.toLowerCase(Locale.ROOT);
        if (h.contains(":")) {
            try {
                return InetAddress.getByName(h).getHostAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(host + " is not an IPv6 address");
            }
        }
        return h;
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equals(host)) {
            return true;
        }
        if (host.matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
            return host.startsWith("127.") && Arrays.stream(host.split("\\.")).allMatch(o -> Integer.parseInt(o) < 256);
        }
        // "::1" in any spelling (normalized made it canonical); another name would need a lookup on the network
        return host.equals("0:0:0:0:0:0:0:1");
    }

    private static String hostPort(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
