#!/usr/bin/env bash
# Smoke test of the real lane's scripts (cluster-up.sh, registrar.py, cluster-down.sh), with a PKI
# and a kubeadm config made here the way the installer makes them (openssl: CAs, sa keys, an admin
# client cert in group kubeadm:cluster-admins; v1beta4 config with controlPlaneEndpoint on a VIP):
#   a. cluster-up.sh --fresh: kubeadm kept the CA; the API server's cert verifies with it for
#      127.0.0.1 (openssl); cluster-info names the VIP and gets its JWS signature; the
#      bootstrap-token Secret and the kubeadm-config ConfigMap exist
#   b. the admin cert may not list nodes; cluster-up.sh again with --admin-binding: now it may
#   c. registrar (needs OS_CLOUD/OS_AUTH_URL and the `openstack` CLI, else skipped and said so):
#      a server with metadata opencenter-cluster=<cluster> in the real Nova becomes a Ready kwok
#      Node (InternalIP 127.0.0.1, providerID openstack:///<id>); deleting it deletes the Node
#   d. cluster-down.sh, cluster-up.sh on the same state: back with the same data
#   e. check-loopback.sh on the lane's processes
# Leaves the lane cluster down (and its state, for the logs). Exit 0 = pass. Times on stderr.
# Env: KUBE_CLUSTER_STATE (default /var/tmp/opencenter-kube-testbed/cluster), OS_* for c.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
export KUBE_CLUSTER_STATE=${KUBE_CLUSTER_STATE:-/var/tmp/opencenter-kube-testbed/cluster}
CLUSTER=smoke-$(date +%s | tail -c 6)
VIP=203.0.113.10 FIP=203.0.113.20       # the harness's public range: data only, never dialed
WORK=$(mktemp -d)
STEP="" TS=0
log() { echo "[cluster-smoke.sh $(date +%H:%M:%S)] $*" >&2; }
step() { [[ -n $STEP ]] && log "ok   $STEP ($(( $(date +%s) - TS )) s)"; STEP=$1 TS=$(date +%s); [[ $1 == done ]] || log "step $STEP"; }
fail() { log "FAIL $STEP: $*"; for l in registrar kube-apiserver kwok; do echo "--- $l.log"; tail -5 "$KUBE_CLUSTER_STATE/log/$l.log" 2>/dev/null; done >&2; exit 1; }
SERVER_ID=""
cleanup() {
  [[ -z $SERVER_ID ]] || openstack server delete "$SERVER_ID" >/dev/null 2>&1 || true
  "$HERE/cluster-down.sh" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# ------------------------------------------------------------------ inputs, as the installer makes them
(umask 077; mkdir -p "$WORK/pki/etcd" && cd "$WORK/pki"
 for ca in ca:kubernetes front-proxy-ca:front-proxy-ca etcd/ca:etcd-ca; do
   openssl req -x509 -newkey rsa:2048 -nodes -keyout "${ca%%:*}.key" -out "${ca%%:*}.crt" -days 365 -subj "/CN=${ca#*:}" \
     -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" 2>/dev/null
 done
 openssl genrsa -out sa.key 2048 2>/dev/null && openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
 printf '[ext]\nextendedKeyUsage=clientAuth\n' >"$WORK/ext.cnf"
 openssl req -new -newkey rsa:2048 -nodes -keyout "$WORK/admin.key" -out "$WORK/admin.csr" \
   -subj "/O=kubeadm:cluster-admins/CN=opencenter-installer" 2>/dev/null
 openssl x509 -req -in "$WORK/admin.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 365 \
   -extfile "$WORK/ext.cnf" -extensions ext -out "$WORK/admin.crt" 2>/dev/null)
TOKEN_ID=$(openssl rand -hex 3)   # [a-z0-9]{6}
cat >"$WORK/kubeadm.yaml" <<EOF
apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
bootstrapTokens:
- token: $TOKEN_ID.$(openssl rand -hex 8)
nodeRegistration:
  kubeletExtraArgs: [{name: cloud-provider, value: external}]
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
clusterName: $CLUSTER
kubernetesVersion: v1.35.4
controlPlaneEndpoint: $VIP:6443
networking: {podSubnet: 10.244.0.0/16, serviceSubnet: 10.96.0.0/16}
apiServer:
  certSANs: [$VIP, $FIP, 127.0.0.1, localhost]
EOF
cat >"$WORK/binding.yaml" <<EOF
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: "opencenter:cluster-admins"}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects: [{apiGroup: rbac.authorization.k8s.io, kind: Group, name: "kubeadm:cluster-admins"}]
EOF
UP=(--pki-dir "$WORK/pki" --kubeadm-config "$WORK/kubeadm.yaml")

# ------------------------------------------------------------------ a
step "a. cluster-up.sh --fresh with the installer-shaped PKI"
t=$(date +%s%N)
eval "$("$HERE/cluster-up.sh" "${UP[@]}" --fresh 2>"$WORK/up.log")" || { cat "$WORK/up.log" >&2; fail "cluster-up.sh failed"; }
log "     cluster-up.sh --fresh: $(( ($(date +%s%N) - t) / 1000000 )) ms"
BIN=$("$HERE/build.sh" 2>/dev/null)
K=("$BIN/kubectl" --kubeconfig "$KUBE_CLUSTER_KUBECONFIG")
cmp -s "$WORK/pki/ca.crt" "$KUBE_CLUSTER_ROOT/etc/kubernetes/pki/ca.crt" || fail "ca.crt changed"
echo | openssl s_client -connect 127.0.0.1:16444 -CAfile "$WORK/pki/ca.crt" -verify_return_error -verify_ip 127.0.0.1 \
  >/dev/null 2>&1 || fail "the API server's certificate does not verify with our CA for 127.0.0.1"
server=$("${K[@]}" -n kube-public get cm cluster-info -o jsonpath='{.data.kubeconfig}' | awk '/server:/ {print $2}')
[[ $server == "https://$VIP:6443" ]] || fail "cluster-info names '$server', not the VIP"
for i in $(seq 1 60); do
  "${K[@]}" -n kube-public get cm cluster-info -o jsonpath="{.data.jws-kubeconfig-$TOKEN_ID}" | grep -q . && break
  [[ $i == 60 ]] && fail "cluster-info not signed for token $TOKEN_ID within 30 s"; sleep 0.5
done
"${K[@]}" -n kube-system get secret "bootstrap-token-$TOKEN_ID" >/dev/null || fail "no bootstrap-token Secret"
"${K[@]}" -n kube-system get cm kubeadm-config -o jsonpath='{.data.ClusterConfiguration}' | grep -q "clusterName: $CLUSTER" ||
  fail "kubeadm-config does not hold our ClusterConfiguration"

# ------------------------------------------------------------------ b
step "b. the admin group is allowed only with the installer's binding"
ADMIN=$WORK/admin.kubeconfig
(umask 077; KUBECONFIG=$ADMIN "$BIN/kubectl" config set-cluster lane --server="$KUBE_CLUSTER_API_URL" \
   --certificate-authority="$WORK/pki/ca.crt" --embed-certs >/dev/null
 KUBECONFIG=$ADMIN "$BIN/kubectl" config set-credentials admin --client-certificate="$WORK/admin.crt" \
   --client-key="$WORK/admin.key" --embed-certs >/dev/null
 KUBECONFIG=$ADMIN "$BIN/kubectl" config set-context lane --cluster=lane --user=admin >/dev/null
 KUBECONFIG=$ADMIN "$BIN/kubectl" config use-context lane >/dev/null)
[[ $("$BIN/kubectl" --kubeconfig "$ADMIN" auth can-i list nodes 2>/dev/null || true) == no ]] || fail "allowed before the binding"
t=$(date +%s%N)
"$HERE/cluster-up.sh" "${UP[@]}" --admin-binding "$WORK/binding.yaml" >/dev/null 2>"$WORK/up.log" || { cat "$WORK/up.log" >&2; fail "cluster-up.sh --admin-binding"; }
log "     cluster-up.sh while up (+ binding): $(( ($(date +%s%N) - t) / 1000000 )) ms"
[[ $("$BIN/kubectl" --kubeconfig "$ADMIN" auth can-i list nodes 2>/dev/null) == yes ]] || fail "not allowed with the binding"

# ------------------------------------------------------------------ c
step "c. registrar: a Nova server becomes a Ready Node and goes with it"
if [[ $KUBE_CLUSTER_REGISTRAR != on ]]; then
  log "     SKIPPED: no OpenStack credentials (OS_CLOUD or OS_AUTH_URL): the registrar is off"
elif ! command -v openstack >/dev/null; then
  log "     SKIPPED: no openstack CLI to make a server with"
else
  NODE=$CLUSTER-control-plane-1
  SERVER_ID=$(openstack --os-compute-api-version 2.37 server create --image ubuntu-24.04 --flavor m1.small --nic none \
    --property "opencenter-cluster=$CLUSTER" "$NODE" -f value -c id) || fail "openstack server create"
  for i in $(seq 1 180); do
    [[ $("${K[@]}" get node "$NODE" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null) == True ]] && break
    [[ $i == 180 ]] && fail "node $NODE not Ready within 180 s of the server's creation"; sleep 1
  done
  [[ $("${K[@]}" get node "$NODE" -o jsonpath='{.spec.providerID}') == "openstack:///$SERVER_ID" ]] || fail "providerID"
  [[ $("${K[@]}" get node "$NODE" -o jsonpath='{.status.addresses[?(@.type=="InternalIP")].address}') == 127.0.0.1 ]] || fail "InternalIP"
  "${K[@]}" get node "$NODE" -o jsonpath='{.metadata.labels}' | grep -q 'node-role.kubernetes.io/control-plane' || fail "role label"
  openstack server delete "$SERVER_ID" && SERVER_ID=""
  for i in $(seq 1 120); do
    "${K[@]}" get node "$NODE" >/dev/null 2>&1 || break
    [[ $i == 120 ]] && fail "node $NODE still there 120 s after its server's deletion"; sleep 1
  done
fi

# ------------------------------------------------------------------ d, e
step "d. restart on the same state"
RSS=$(for f in "$KUBE_CLUSTER_STATE"/pids/*.pid; do
  echo "$(basename "$f" .pid) $(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$(cat "$f")/status") MiB"; done | paste -sd, -)
t=$(date +%s%N); "$HERE/cluster-down.sh" 2>/dev/null; log "     cluster-down.sh: $(( ($(date +%s%N) - t) / 1000000 )) ms"
t=$(date +%s%N)
"$HERE/cluster-up.sh" "${UP[@]}" >/dev/null 2>"$WORK/up.log" || { cat "$WORK/up.log" >&2; fail "cluster-up.sh after down"; }
log "     cluster-up.sh on existing state: $(( ($(date +%s%N) - t) / 1000000 )) ms"
[[ $("$BIN/kubectl" --kubeconfig "$ADMIN" auth can-i list nodes 2>/dev/null) == yes ]] || fail "the binding did not survive the restart"
step "e. check-loopback.sh"
"$HERE/check-loopback.sh" "$KUBE_CLUSTER_STATE" >&2 || fail "a lane process is off loopback"
step done
log "RSS: $RSS"
echo "cluster-smoke: passed"
