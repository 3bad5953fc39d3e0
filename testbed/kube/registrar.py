#!/usr/bin/python3
"""The test bed's stand-in for kubelets joining: a Node for every ACTIVE server of a cluster in
the real Nova, played by kwok.

Every INTERVAL seconds it lists the project's servers (GET /servers/detail with a Keystone token),
keeps those whose metadata `opencenter-cluster` is the cluster's name (the installer's tag,
ResourceNames.CLUSTER_TAG_KEY) and
  * creates a Node for each ACTIVE one that has none: name = the server's name (lowercased, as
    the hostname cloud-init sets), providerID openstack:///<server id>, annotation
    kwok.x-k8s.io/node=fake (kwok then makes it Ready, InternalIP 127.0.0.1); a server named
    *-control-plane-* gets the label and the NoSchedule taint kubeadm gives a control plane
    (no taint with --no-control-plane-taint, as kubeadm with nodeRegistration.taints: []);
    the Nova addresses are kept as an annotation only (nothing may dial them);
  * deletes the Nodes it made for servers that are gone (deleted or no longer listed).
Nodes it made carry annotation testbed.opencenter.io/registrar=nova; it never touches others.

Credentials come from the environment, as the OpenStack clients read them: OS_CLOUD with
OS_CLIENT_CONFIG_FILE (or ./clouds.yaml, ~/.config/openstack/clouds.yaml,
/etc/openstack/clouds.yaml), or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME,
OS_USER_DOMAIN_NAME, OS_PROJECT_DOMAIN_NAME (OS_REGION_NAME optional); application credentials
too. Never in arguments, never logged. Every URL it dials must be on 127.0.0.0/8 (or localhost):
anything else is refused before a connection is made.

Usage: registrar.py --cluster NAME --api URL --ca FILE --cert FILE --key FILE
                    [--interval 2] [--join-delay 0] [--no-control-plane-taint] [--status FILE] [--once]
"""
import argparse
import ipaddress
import json
import os
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

TAG_KEY = "opencenter-cluster"
MINE = "testbed.opencenter.io/registrar"


def log(line):
    print(f"[registrar {time.strftime('%H:%M:%S')}] {line}", file=sys.stderr, flush=True)


def loopback_only(url):
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        ok = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise RuntimeError(f"refused to dial {host!r}: the test bed dials 127.0.0.0/8 only")
    return url


class HttpError(Exception):
    def __init__(self, status, url, body):
        super().__init__(f"HTTP {status} from {url}: {body[:200]}")
        self.status = status


def request(method, url, body=None, headers=None, context=None, timeout=60):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(loopback_only(url), data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}),  # no proxy from the env
                                         urllib.request.HTTPSHandler(context=context))
    try:
        with opener.open(req, timeout=timeout) as resp:
            raw = resp.read()
            return resp.status, resp.headers, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        raise HttpError(e.code, url, e.read().decode("utf-8", "replace")) from None
    except (urllib.error.URLError, OSError) as e:  # the URL names the side (Keystone, Nova, the API server)
        raise RuntimeError(f"{method} {url}: {getattr(e, 'reason', e)}") from None


# ---------------------------------------------------------------- OpenStack credentials
def read_simple_yaml(path):
    """The block-mapping subset of YAML that clouds.yaml files use (nested `key: value`)."""
    root = {}
    stack = [(-1, root)]  # (indent, mapping) of the open blocks
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            text = line.split(" #")[0].rstrip()
            if not text.strip() or text.lstrip().startswith("#") or text.strip() == "---":
                continue
            indent = len(text) - len(text.lstrip())
            key, sep, value = text.strip().partition(":")
            if not sep or key.startswith("- "):
                raise SystemExit(f"registrar: {path} line {number}: only nested `key: value` mappings are read")
            while stack[-1][0] >= indent:
                stack.pop()
            parent = stack[-1][1]
            key, value = key.strip().strip("'\""), value.strip()
            if value:
                parent[key] = value.strip("'\"")
            else:
                parent[key] = {}
                stack.append((indent, parent[key]))
    return root


def credentials():
    cloud = os.environ.get("OS_CLOUD")
    if cloud:
        candidates = [os.environ.get("OS_CLIENT_CONFIG_FILE"), "clouds.yaml",
                      os.path.expanduser("~/.config/openstack/clouds.yaml"), "/etc/openstack/clouds.yaml"]
        path = next((p for p in candidates if p and os.path.isfile(p)), None)
        if path is None:
            raise SystemExit(f"registrar: OS_CLOUD={cloud} but no clouds.yaml found (set OS_CLIENT_CONFIG_FILE)")
        entry = read_simple_yaml(path).get("clouds", {}).get(cloud)
        if entry is None:
            raise SystemExit(f"registrar: cloud {cloud!r} is not in {path}")
        auth = dict(entry.get("auth", {}))
        auth["auth_type"] = entry.get("auth_type", "password")
        auth["region_name"] = entry.get("region_name") or os.environ.get("OS_REGION_NAME")
        auth["interface"] = entry.get("interface", "public")
        return auth
    env = {k[3:].lower(): v for k, v in os.environ.items() if k.startswith("OS_")}
    if "auth_url" not in env:
        raise SystemExit("registrar: no OpenStack credentials (set OS_CLOUD, or OS_AUTH_URL and the other OS_*)")
    env.setdefault("auth_type", "v3applicationcredential" if "application_credential_id" in env else "password")
    env.setdefault("interface", "public")
    return env


class Nova:
    def __init__(self, creds):
        self.creds = creds
        self.token = None
        self.compute = None
        self.expires = 0.0

    def login(self):
        c = self.creds
        if c["auth_type"] == "v3applicationcredential":
            identity = {"methods": ["application_credential"], "application_credential": {
                "id": c["application_credential_id"], "secret": c["application_credential_secret"]}}
            body = {"auth": {"identity": identity}}
        else:
            user = {"name": c["username"], "password": c["password"],
                    "domain": {"name": c.get("user_domain_name", "Default")}}
            body = {"auth": {"identity": {"methods": ["password"], "password": {"user": user}},
                             "scope": {"project": {"name": c["project_name"],
                                                   "domain": {"name": c.get("project_domain_name", "Default")}}}}}
        url = c["auth_url"].rstrip("/")
        url = url if url.endswith("/v3") else url + "/v3"
        _, headers, answer = request("POST", url + "/auth/tokens", body)
        self.token = headers["X-Subject-Token"]
        self.expires = time.time() + 1800  # renewed well before Keystone's default hour
        region, interface = c.get("region_name"), c.get("interface", "public")
        for service in answer["token"].get("catalog", []):
            if service["type"] != "compute":
                continue
            for ep in service["endpoints"]:
                if ep["interface"] == interface and (not region or ep.get("region_id") == region
                                                     or ep.get("region") == region):
                    self.compute = ep["url"].rstrip("/")
        if not self.compute:
            raise RuntimeError(f"no {interface} compute endpoint in the catalog (region {region})")
        log(f"Keystone token for project {answer['token'].get('project', {}).get('name')}; Nova at {self.compute}")

    def servers(self, cluster):
        if self.token is None or time.time() > self.expires:
            self.login()
        url, found = self.compute + "/servers/detail", []
        try:
            while url:
                _, _, page = request("GET", url, headers={"X-Auth-Token": self.token})
                found += [s for s in page["servers"] if s.get("metadata", {}).get(TAG_KEY) == cluster]
                url = next((link["href"] for link in page.get("servers_links", []) if link["rel"] == "next"), None)
        except HttpError as e:
            if e.status == 401:
                self.token = None  # expired or revoked: a new one next time
            raise
        return found


# ---------------------------------------------------------------- Kubernetes
class Kube:
    def __init__(self, api, ca, cert, key):
        self.api = api.rstrip("/")
        self.context = ssl.create_default_context(cafile=ca)
        self.context.load_cert_chain(cert, key)

    def call(self, method, path, body=None):
        return request(method, self.api + path, body, context=self.context)[2]

    def my_nodes(self, cluster):
        nodes = self.call("GET", "/api/v1/nodes")["items"]
        return {n["metadata"]["name"]: n for n in nodes
                if n["metadata"].get("annotations", {}).get(MINE) == "nova"
                and n["metadata"]["annotations"].get("testbed.opencenter.io/cluster") == cluster}


def node_for(server, cluster, control_plane_taint=True):
    name = server["name"].lower()
    addresses = ";".join(f"{net}=" + ",".join(a["addr"] for a in addrs)
                         for net, addrs in sorted(server.get("addresses", {}).items()))
    labels = {"kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64"}
    spec = {"providerID": f"openstack:///{server['id']}"}
    if "-control-plane-" in name:
        # what kubeadm's mark-control-plane phase (init, join --control-plane) puts on the node
        labels["node-role.kubernetes.io/control-plane"] = ""
        labels["node.kubernetes.io/exclude-from-external-load-balancers"] = ""
        if control_plane_taint:  # kubeadm leaves it off when nodeRegistration.taints is []
            spec["taints"] = [{"key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule"}]
    return {"apiVersion": "v1", "kind": "Node",
            "metadata": {"name": name, "labels": labels, "annotations": {
                "kwok.x-k8s.io/node": "fake", "node.alpha.kubernetes.io/ttl": "0",
                MINE: "nova", "testbed.opencenter.io/cluster": cluster,
                "testbed.opencenter.io/nova-server-id": server["id"],
                # the server's fixed/floating addresses, as data: the node's InternalIP is 127.0.0.1
                "testbed.opencenter.io/nova-addresses": addresses}},
            "spec": spec}


def reconcile(nova, kube, cluster, join_delay, first_seen, control_plane_taint):
    servers = nova.servers(cluster)
    nodes = kube.my_nodes(cluster)
    now = time.time()
    wanted = {}
    for s in servers:
        if s.get("status") == "ACTIVE":
            first_seen.setdefault(s["id"], now)
            if now - first_seen[s["id"]] >= join_delay:
                wanted[s["name"].lower()] = s
    present = {s["name"].lower() for s in servers if s.get("status") not in ("DELETED", "SOFT_DELETED")}
    for name, s in wanted.items():
        if name not in nodes:
            try:
                kube.call("POST", "/api/v1/nodes", node_for(s, cluster, control_plane_taint))
                log(f"registered node {name} (server {s['id']})")
            except HttpError as e:
                if e.status != 409:  # 409: a Node of that name exists and is not ours; leave it
                    raise
                log(f"node {name} exists and was not made by the registrar; left alone")
    for name in nodes:
        if name not in present:
            try:
                kube.call("DELETE", f"/api/v1/nodes/{urllib.parse.quote(name)}")
            except HttpError as e:
                if e.status != 404:
                    raise
            log(f"deleted node {name} (its server is gone)")
    return {"servers": {s["name"].lower(): s.get("status") for s in servers}, "nodes": sorted(set(nodes) | set(wanted))}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cluster", required=True)
    p.add_argument("--api", required=True)
    p.add_argument("--ca", required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--interval", type=float, default=2.0)
    p.add_argument("--join-delay", type=float, default=0.0,
                   help="seconds a server is ACTIVE before its node appears (a kubelet's join takes time)")
    p.add_argument("--no-control-plane-taint", action="store_true",
                   help="control-plane Nodes without the NoSchedule taint (kubeadm's nodeRegistration.taints: [])")
    p.add_argument("--status", help="file rewritten after every poll (JSON: time, servers, nodes, error)")
    p.add_argument("--once", action="store_true")
    a = p.parse_args()
    nova, kube = Nova(credentials()), Kube(a.api, a.ca, a.cert, a.key)
    log(f"cluster {a.cluster}: polling Nova every {a.interval:g} s for servers with metadata {TAG_KEY}={a.cluster}")
    first_seen, last_error = {}, None
    while True:
        state = {"time": time.time(), "error": None}
        try:
            state.update(reconcile(nova, kube, a.cluster, a.join_delay, first_seen, not a.no_control_plane_taint))
            if last_error:
                log("polling works again")
            last_error = None
        except (OSError, RuntimeError, HttpError, KeyError, ValueError) as e:
            state["error"] = str(e)
            if str(e) != last_error:  # once per distinct failure, not every poll
                log(f"poll failed: {e}")
            last_error = str(e)
        if a.status:
            tmp = a.status + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(state, f)
            os.replace(tmp, a.status)
        if a.once:
            return 1 if state["error"] else 0
        time.sleep(a.interval)


if __name__ == "__main__":
    sys.exit(main())
