#!/usr/bin/python3
"""An HTTP CONNECT proxy on 127.0.0.1 that maps a cluster's endpoint (the VIP, not on this machine)
to the local API server, and refuses every other destination.

cluster-up.sh runs kubeadm's phases with the kubeconfig kubeadm wrote, unmodified: its server is
the controlPlaneEndpoint (https://<VIP>:6443), as on a real first control plane. kubeadm is a Go
program and honours HTTPS_PROXY, so with HTTPS_PROXY=http://127.0.0.1:<port> every connection
it makes to the VIP arrives here, and goes on to the one loopback address the mapping names.
Nothing is ever dialed but a mapped loopback target: a CONNECT to anything else gets 403.

Usage: endpoint-proxy.py PORT FROM_HOST:FROM_PORT=127.0.0.1:TO_PORT [...]
Logs one line per tunnel (no payload) on stderr.
"""
import ipaddress
import select
import socket
import socketserver
import sys


def parse_mapping(arg):
    source, _, target = arg.partition("=")
    host, _, port = target.rpartition(":")
    if not source or not host or not port.isdigit() or not ipaddress.ip_address(host).is_loopback:
        raise SystemExit(f"endpoint-proxy: bad mapping {arg!r} (want HOST:PORT=127.0.0.1:PORT)")
    return source, (host, int(port))


class Tunnel(socketserver.StreamRequestHandler):
    def handle(self):
        request = self.rfile.readline(8192).decode("latin-1").split()
        while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
            pass  # the request's headers: nothing in them matters here
        if len(request) != 3 or request[0] != "CONNECT":
            self.wfile.write(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            return
        target = self.server.mapping.get(request[1])
        if target is None:
            log(f"refused CONNECT {request[1]} (not mapped)")
            self.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        try:
            upstream = socket.create_connection(target, timeout=10)
        except OSError as e:
            log(f"CONNECT {request[1]} -> {target[0]}:{target[1]} failed: {e}")
            self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        log(f"CONNECT {request[1]} -> {target[0]}:{target[1]}")
        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        self.wfile.flush()
        pipe(self.connection, upstream)


def pipe(a, b):
    a.settimeout(None)
    b.settimeout(None)
    peers = {a: b, b: a}
    try:
        while True:
            readable, _, _ = select.select(list(peers), [], [], 300)
            if not readable:
                return
            for s in readable:
                data = s.recv(65536)
                if not data:
                    return
                peers[s].sendall(data)
    except OSError:
        return
    finally:
        b.close()


def log(line):
    print(f"endpoint-proxy: {line}", file=sys.stderr, flush=True)


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        raise SystemExit(__doc__)
    server = Server(("127.0.0.1", int(sys.argv[1])), Tunnel)
    server.mapping = dict(parse_mapping(a) for a in sys.argv[2:])
    log(f"listening on 127.0.0.1:{sys.argv[1]}; " +
        ", ".join(f"{k} -> {v[0]}:{v[1]}" for k, v in server.mapping.items()))
    server.serve_forever()


if __name__ == "__main__":
    main()
