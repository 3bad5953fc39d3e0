#!/usr/bin/env python3
"""Smart-HTTP git server of the Kubernetes test bed: `git http-backend` (CGI) behind a tiny
http.server, bound to 127.0.0.1 only.

Why not `python3 -m http.server`: that serves the "dumb" HTTP protocol, which Flux's go-git does
not speak; http-backend speaks the smart protocol (v0 and v2) for both fetch and push.

Usage: git-http.py ROOT PORT
Repositories are ROOT/<name>.git, URL http://127.0.0.1:PORT/<name>.git. Pushing to a repository
that does not exist yet creates it (bare, default branch main, push allowed without auth), so a
test can make a fresh repository with nothing but `git push`.

PORT 0 binds a free port; the line "listening on 127.0.0.1:<port>" on stdout says which (a test
starts its own server this way). With GIT_HTTP_TOKEN set, every repository request needs HTTP basic
auth whose password is that token (any user name), as a hosted Git server's token does; a missing or
wrong one gets 401 (so a test can check what a client does with a refused token).
"""
import base64
import hmac
import http.server
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(sys.argv[1])
PORT = int(sys.argv[2])
# one or more path segments of safe characters, the last ending in .git; no "..", no dot-first
REPO = re.compile(r"^/((?:[A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*\.git)(/.*)$")


class GitHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"   # one request per connection: no keep-alive bookkeeping

    def do_GET(self):
        if self.path == "/healthz":   # up.sh waits on this
            self.send_response(200)
            self.send_header("Content-Length", "3")
            self.end_headers()
            self.wfile.write(b"ok\n")
            return
        self.backend()

    def do_POST(self):
        self.backend()

    def authorized(self):
        token = os.environ.get("GIT_HTTP_TOKEN")
        if not token:
            return True
        scheme, _, value = self.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "basic":
            try:
                _, _, password = base64.b64decode(value).decode("utf-8").partition(":")
            except ValueError:
                password = ""
            if hmac.compare_digest(password.encode(), token.encode()):
                return True
        self.read_body()   # drain it: the client may still be sending
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="git"')
        self.send_header("Content-Length", "0")
        self.end_headers()
        return False

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            # git sends large pushes chunked (above http.postBuffer)
            data = bytearray()
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return bytes(data)
                data += self.rfile.read(size)
                self.rfile.readline()
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def backend(self):
        if not self.authorized():
            return
        path, _, query = self.path.partition("?")
        m = REPO.match(path)
        if not m or ".." in path:
            self.send_error(404, "no such repository")
            return
        repo = os.path.join(ROOT, m.group(1))
        if not os.path.isdir(repo):
            if path.endswith("/info/refs") and "service=git-receive-pack" in query:
                os.makedirs(repo)
                subprocess.run(["git", "init", "-q", "--bare", "-b", "main", repo], check=True)
                subprocess.run(["git", "-C", repo, "config", "http.receivepack", "true"], check=True)
                self.log_message("created %s", m.group(1))
            else:
                self.send_error(404, "no such repository")
                return
        body = self.read_body()
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "GIT_PROJECT_ROOT": ROOT,
            "GIT_HTTP_EXPORT_ALL": "1",
            "GATEWAY_INTERFACE": "CGI/1.1",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "REQUEST_METHOD": self.command,
            "CONTENT_TYPE": self.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(body)),
            "REMOTE_ADDR": self.client_address[0],
            "SERVER_PROTOCOL": "HTTP/1.0",
        }
        if self.headers.get("Content-Encoding"):
            env["HTTP_CONTENT_ENCODING"] = self.headers["Content-Encoding"]
        if self.headers.get("Git-Protocol"):
            env["GIT_PROTOCOL"] = self.headers["Git-Protocol"]   # protocol v2
        proc = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True)
        if proc.stderr:
            sys.stderr.write(proc.stderr.decode(errors="replace"))
        head, _, out = proc.stdout.partition(b"\r\n\r\n")
        if not _:
            head, _, out = proc.stdout.partition(b"\n\n")
        status, headers = 200, []
        for line in head.decode("latin-1").splitlines():
            k, _, v = line.partition(":")
            if k.lower() == "status":
                status = int(v.strip().split()[0])
            elif k:
                headers.append((k, v.strip()))
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


if __name__ == "__main__":
    os.makedirs(ROOT, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), GitHandler)
    print("listening on 127.0.0.1:%d" % server.server_address[1], flush=True)
    server.serve_forever()
