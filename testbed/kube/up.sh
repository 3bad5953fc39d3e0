#!/usr/bin/env bash
# Start a real Kubernetes control plane, kwok and Flux on 127.0.0.1 only, as local processes
# (no containers, no systemd), from the binaries build.sh makes:
#   etcd                      http://127.0.0.1:16379 (peer 16380)   data in $STATE/etcd
#   kube-apiserver            https://127.0.0.1:16443               RBAC, service-account keys, VAPs
#   kube-controller-manager   https://127.0.0.1:16257/healthz
#   kube-scheduler            https://127.0.0.1:16259/healthz
#   kwok                      https://127.0.0.1:16250 (the fake kubelets' endpoint), manages only
#                             nodes annotated kwok.x-k8s.io/node=fake; fast node and pod stages
#   source-controller         health 127.0.0.1:16481, metrics :16480, artifacts http://127.0.0.1:16482
#   kustomize-controller      health 127.0.0.1:16484, metrics :16483
#   helm-controller           health 127.0.0.1:16486, metrics :16485
#   git (smart HTTP)          http://127.0.0.1:16418/<name>.git   (push creates the repository)
#   Helm repository (HTTP)    http://127.0.0.1:16879/              (static: index.yaml + *.tgz)
#
# Usage: up.sh [--fresh]   --fresh wipes the state dir first (the test bed must be down)
# Env:   KUBE_TESTBED_STATE  state dir (default /var/tmp/opencenter-kube-testbed/run)
#        KUBE_TESTBED_CACHE  build cache (see build.sh); build.sh runs first and is a no-op
#                            when the binaries are there (a cold build takes tens of minutes)
# Prints `export ...` lines on stdout at the end (KUBECONFIG, KUBE_TESTBED_*); progress on stderr.
# Idempotent: what runs is left alone, what is missing is started. Stop with down.sh.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
STATE=${KUBE_TESTBED_STATE:-/var/tmp/opencenter-kube-testbed/run}
PKI=$STATE/pki
RUN=$STATE/pids
LOG=$STATE/log
HOST=127.0.0.1
ETCD_PORT=16379 ETCD_PEER_PORT=16380
API_PORT=16443 KCM_PORT=16257 SCHED_PORT=16259 KWOK_PORT=16250
SC_METRICS=16480 SC_HEALTH=16481 SC_STORAGE=16482
KC_METRICS=16483 KC_HEALTH=16484
HC_METRICS=16485 HC_HEALTH=16486
GIT_PORT=16418 HELM_PORT=16879
# Cluster networks. Nothing ever sends a packet to them (see README "Loopback only"): there is no
# kube-proxy, no pod network, kwok's pods run nothing, the API server has no endpoints to
# reconcile and the admission policies below keep it from dialing Services.
SERVICE_CIDR=10.96.0.0/16    # kubeadm's default; 10.96.0.1 is the `kubernetes` Service's IP
POD_CIDR=10.244.0.0/16       # kwok hands pod IPs out of it (bookkeeping only)
FLUX_NS=flux-system
PY=/usr/bin/python3          # Debian's python; `python3` on PATH may be a pyenv shim
log() { echo "[up.sh $(date +%H:%M:%S)] $*" >&2; }
T0=$(date +%s)

if [[ ${1:-} == --fresh ]]; then
  for f in "$RUN"/*.pid; do
    [[ -e $f ]] || continue
    if kill -0 "$(cat "$f")" 2>/dev/null; then echo "test bed still running; run down.sh first" >&2; exit 1; fi
  done
  rm -rf "$STATE"
fi
mkdir -p "$STATE" "$PKI" "$RUN" "$LOG"

# ---------------------------------------------------------------- binaries
# build.sh prints its bin dir; when everything is built it returns in milliseconds
BIN=$("$HERE/build.sh")
CACHE_DIR=$(dirname "$BIN")
KUBECTL=$BIN/kubectl
for p in git openssl curl "$PY"; do command -v "$p" >/dev/null || { log "missing: $p"; exit 1; }; done

# ---------------------------------------------------------------- PKI
# A CA and the certificates a kubeadm cluster would have, made with openssl. The serving cert
# names only loopback (and the in-cluster names of the API server, which nothing here uses).
# The bootstrap issue will switch this to the installer's own PKI.
openssl_cnf() {   # openssl_cnf FILE EKU [SAN]
  {
    echo "[req]"; echo "distinguished_name=dn"; echo "[dn]"; echo "[ext]"
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature,keyEncipherment"
    echo "extendedKeyUsage=$2"
    if [[ -n ${3:-} ]]; then echo "subjectAltName=$3"; fi
  } >"$1"
}
make_ca() {   # make_ca NAME CN
  [[ -e $PKI/$1.crt ]] && return 0
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$PKI/$1.key" -out "$PKI/$1.crt" -days 3650 \
    -subj "/CN=$2" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" 2>/dev/null
}
make_cert() {   # make_cert NAME CA SUBJECT EKU [SAN]
  [[ -e $PKI/$1.crt ]] && return 0
  openssl_cnf "$PKI/$1.cnf" "$4" "${5:-}"
  openssl req -new -newkey rsa:2048 -nodes -keyout "$PKI/$1.key" -out "$PKI/$1.csr" -subj "$3" 2>/dev/null
  openssl x509 -req -in "$PKI/$1.csr" -CA "$PKI/$2.crt" -CAkey "$PKI/$2.key" -CAcreateserial \
    -days 3650 -extfile "$PKI/$1.cnf" -extensions ext -out "$PKI/$1.crt" 2>/dev/null
  rm -f "$PKI/$1.csr" "$PKI/$1.cnf"
}
if [[ ! -e $PKI/sa.pub ]]; then log "PKI in $PKI"; fi
umask 077
make_ca ca kubernetes-ca
make_ca front-proxy-ca front-proxy-ca
make_cert apiserver ca "/CN=kube-apiserver" serverAuth \
  "IP:127.0.0.1,DNS:localhost,IP:10.96.0.1,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local"
make_cert apiserver-kubelet-client ca "/O=system:masters/CN=kube-apiserver-kubelet-client" clientAuth
make_cert front-proxy-client front-proxy-ca "/CN=front-proxy-client" clientAuth
make_cert admin ca "/O=system:masters/CN=kubernetes-admin" clientAuth
make_cert controller-manager ca "/CN=system:kube-controller-manager" clientAuth
make_cert scheduler ca "/CN=system:kube-scheduler" clientAuth
# kwok and Flux act as cluster admins, as Flux's own install binds it to cluster-admin
make_cert kwok ca "/O=system:masters/CN=kwok" clientAuth
make_cert flux ca "/O=system:masters/CN=flux" clientAuth
make_cert kwok-serving ca "/CN=kwok" serverAuth "IP:127.0.0.1,DNS:localhost"
if [[ ! -e $PKI/sa.pub ]]; then
  openssl genrsa -out "$PKI/sa.key" 2048 2>/dev/null
  openssl rsa -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub" 2>/dev/null
fi
umask 022

# kubeconfig NAME CERT: a kubeconfig with the CA and the client cert embedded (portable: a Java
# client reads it without the PKI files)
kubeconfig() {
  local f=$STATE/$1.kubeconfig
  [[ -e $f ]] && return 0
  cat >"$f" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: testbed
  cluster:
    server: https://$HOST:$API_PORT
    certificate-authority-data: $(base64 -w0 "$PKI/ca.crt")
users:
- name: $2
  user:
    client-certificate-data: $(base64 -w0 "$PKI/$2.crt")
    client-key-data: $(base64 -w0 "$PKI/$2.key")
contexts:
- name: testbed
  context: {cluster: testbed, user: $2}
current-context: testbed
EOF
  chmod 600 "$f"
}
kubeconfig admin admin
kubeconfig controller-manager controller-manager
kubeconfig scheduler scheduler
kubeconfig kwok kwok
kubeconfig flux flux
export KUBECONFIG=$STATE/admin.kubeconfig

# ---------------------------------------------------------------- process helpers
running() {   # running NAME: its pid file names a live process that is still that program
  local pidf=$RUN/$1.pid pid exe
  [[ -e $pidf ]] || return 1
  pid=$(cat "$pidf")
  kill -0 "$pid" 2>/dev/null || return 1
  case $1 in git-http | helm-repo) exe=python3 ;; *) exe=$1 ;; esac
  [[ $(readlink "/proc/$pid/exe" 2>/dev/null) == *"$exe"* ]]   # not a reused pid
}
# start NAME CMD...: start CMD detached (own session, no stdin, log in $LOG/NAME.log) unless
# running; the pid file holds the program's own pid (check-loopback.sh and down.sh use it)
start() {
  local name=$1; shift
  if running "$name"; then log "$name already running (pid $(cat "$RUN/$name.pid"))"; return 0; fi
  setsid "$@" </dev/null >>"$LOG/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
  log "started $name (pid $!)"
}
# wait_url NAME URL [curl args]: until URL answers 2xx, or the process died, or 120 s
wait_url() {
  local name=$1 url=$2 i; shift 2
  for i in $(seq 1 240); do
    if curl -sf -o /dev/null -m 2 "$@" "$url"; then return 0; fi
    if ! running "$name"; then log "$name exited; last lines of $LOG/$name.log:"; tail -20 "$LOG/$name.log" >&2; return 1; fi
    sleep 0.5
  done
  log "$name did not answer at $url within 120 s; see $LOG/$name.log"; return 1
}
KCERT=(--cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key")

# ---------------------------------------------------------------- already up?
# Everything running from this build and the API server ready: just print the environment.
COMPONENTS=(etcd kube-apiserver kube-controller-manager kube-scheduler kwok git-http helm-repo
  source-controller kustomize-controller helm-controller)
all_running() { local c; for c in "${COMPONENTS[@]}"; do running "$c" || return 1; done; }
if all_running && [[ -e $STATE/env ]] && curl -sf -o /dev/null -m 5 "${KCERT[@]}" "https://$HOST:$API_PORT/readyz"; then
  if grep -qxF "export KUBE_TESTBED_BIN=$BIN" "$STATE/env"; then
    log "test bed already up (state $STATE)"
    cat "$STATE/env"; exit 0
  fi
  log "the running test bed uses binaries of another build; run down.sh, then up.sh"; exit 1
fi

# ---------------------------------------------------------------- etcd
start etcd "$BIN/etcd" --name testbed --data-dir "$STATE/etcd" \
  --listen-client-urls "http://$HOST:$ETCD_PORT" --advertise-client-urls "http://$HOST:$ETCD_PORT" \
  --listen-peer-urls "http://$HOST:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://$HOST:$ETCD_PEER_PORT" \
  --initial-cluster "testbed=http://$HOST:$ETCD_PEER_PORT" --initial-cluster-state new \
  --log-level warn
wait_url etcd "http://$HOST:$ETCD_PORT/health"

# ---------------------------------------------------------------- kube-apiserver
# --endpoint-reconciler-type=none: the `kubernetes` Service gets no endpoints (its only
# endpoint would be 127.0.0.1, which Endpoints may not hold anyway, and nothing in the test
# bed reaches the API server through the Service).
start kube-apiserver "$BIN/kube-apiserver" \
  --bind-address=$HOST --advertise-address=$HOST --secure-port=$API_PORT \
  --etcd-servers="http://$HOST:$ETCD_PORT" \
  --endpoint-reconciler-type=none \
  --authorization-mode=Node,RBAC \
  --client-ca-file="$PKI/ca.crt" \
  --tls-cert-file="$PKI/apiserver.crt" --tls-private-key-file="$PKI/apiserver.key" \
  --kubelet-client-certificate="$PKI/apiserver-kubelet-client.crt" \
  --kubelet-client-key="$PKI/apiserver-kubelet-client.key" \
  --kubelet-certificate-authority="$PKI/ca.crt" \
  --kubelet-preferred-address-types=InternalIP \
  --service-account-issuer="https://$HOST:$API_PORT" \
  --service-account-key-file="$PKI/sa.pub" --service-account-signing-key-file="$PKI/sa.key" \
  --service-cluster-ip-range=$SERVICE_CIDR \
  --requestheader-client-ca-file="$PKI/front-proxy-ca.crt" \
  --requestheader-allowed-names=front-proxy-client \
  --requestheader-username-headers=X-Remote-User --requestheader-group-headers=X-Remote-Group \
  --requestheader-extra-headers-prefix=X-Remote-Extra- \
  --proxy-client-cert-file="$PKI/front-proxy-client.crt" --proxy-client-key-file="$PKI/front-proxy-client.key" \
  --enable-admission-plugins=NodeRestriction \
  --allow-privileged=true --profiling=false
wait_url kube-apiserver "https://$HOST:$API_PORT/readyz" "${KCERT[@]}"
log "API server ready ($(( $(date +%s) - T0 )) s)"

# ---------------------------------------------------------------- loopback-only admission
# In-process ValidatingAdmissionPolicies (no webhook: a webhook would itself be a dial). They
# refuse every object that would make the API server (or Flux) connect to an address that is
# not loopback: webhooks and CRD conversion webhooks that point at a Service (or at a URL off
# 127.0.0.0/8), APIServices backed by a Service, the pods/services proxy subresources (they
# dial pod and cluster IPs), and Flux sources whose URL is not a loopback address.
"$KUBECTL" apply --server-side --force-conflicts --field-manager=kube-testbed -f "$HERE/loopback-policy.yaml" >/dev/null

# ---------------------------------------------------------------- controller manager, scheduler
# Controller manager without a cloud provider (no route/service-lb/cloud-node controllers)
# and without node CIDR allocation (kwok picks pod IPs itself).
start kube-controller-manager "$BIN/kube-controller-manager" \
  --kubeconfig="$STATE/controller-manager.kubeconfig" \
  --authentication-kubeconfig="$STATE/controller-manager.kubeconfig" \
  --authorization-kubeconfig="$STATE/controller-manager.kubeconfig" \
  --bind-address=$HOST --secure-port=$KCM_PORT --cert-dir="$STATE/kcm-certs" \
  --leader-elect=false \
  --use-service-account-credentials=true \
  --service-account-private-key-file="$PKI/sa.key" --root-ca-file="$PKI/ca.crt" \
  --cluster-signing-cert-file="$PKI/ca.crt" --cluster-signing-key-file="$PKI/ca.key" \
  --service-cluster-ip-range=$SERVICE_CIDR --allocate-node-cidrs=false \
  --controllers='*,bootstrapsigner,tokencleaner'
start kube-scheduler "$BIN/kube-scheduler" \
  --kubeconfig="$STATE/scheduler.kubeconfig" \
  --authentication-kubeconfig="$STATE/scheduler.kubeconfig" \
  --authorization-kubeconfig="$STATE/scheduler.kubeconfig" \
  --bind-address=$HOST --secure-port=$SCHED_PORT --cert-dir="$STATE/scheduler-certs" \
  --leader-elect=false

# ---------------------------------------------------------------- kwok
# Plays the kubelets of the nodes annotated kwok.x-k8s.io/node=fake (created by smoke.sh or a
# test); the node's InternalIP is 127.0.0.1 and its kubelet endpoint is kwok's own server.
# A kwok instance holds its nodes' Leases under a per-process identity (<hostname>_<uuid>); a new
# kwok waits for the old one's leases to expire (40 s) before it plays those nodes' pods. The
# old one is gone when kwok is not running, so its leases go too.
if ! running kwok; then
  stale=$("$KUBECTL" -n kube-node-lease get leases \
    -o jsonpath='{range .items[*]}{.metadata.name} {.spec.holderIdentity}{"\n"}{end}' |
    awk -v h="$(hostname)_" 'index($2, h) == 1 {print $1}')
  if [[ -n $stale ]]; then
    "$KUBECTL" -n kube-node-lease delete lease $stale >/dev/null
    log "deleted the Leases of an earlier kwok: $(echo $stale)"
  fi
fi
start kwok "$BIN/kwok" --kubeconfig="$STATE/kwok.kubeconfig" --config="$CACHE_DIR/kwok-stages.yaml" \
  --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
  --node-ip=$HOST --node-port=$KWOK_PORT --cidr=$POD_CIDR \
  --server-address="$HOST:$KWOK_PORT" \
  --tls-cert-file="$PKI/kwok-serving.crt" --tls-private-key-file="$PKI/kwok-serving.key" \
  --node-lease-duration-seconds=40

# ---------------------------------------------------------------- git server, Helm repository
mkdir -p "$STATE/git" "$STATE/helm"
[[ -e $STATE/helm/index.yaml ]] || printf 'apiVersion: v1\nentries: {}\n' >"$STATE/helm/index.yaml"
start git-http "$PY" "$HERE/git-http.py" "$STATE/git" $GIT_PORT
start helm-repo "$PY" -m http.server $HELM_PORT --bind $HOST --directory "$STATE/helm"

# ---------------------------------------------------------------- Flux
# CRDs first (server-side apply: some are too large for the last-applied annotation)
"$KUBECTL" apply --server-side --force-conflicts --field-manager=kube-testbed -f "$CACHE_DIR/crds/" >/dev/null
"$KUBECTL" wait --for=condition=Established --timeout=60s -f "$CACHE_DIR/crds/" >/dev/null
"$KUBECTL" get namespace $FLUX_NS >/dev/null 2>&1 || "$KUBECTL" create namespace $FLUX_NS >/dev/null
# The controllers run as local processes with a kubeconfig instead of in-cluster. RUNTIME_NAMESPACE
# is what their Deployment would set; --watch-all-namespaces is their default, spelled out.
# --no-remote-bases: kustomize-controller must not fetch remote bases (off-machine URLs).
FLUX_ENV=(env KUBECONFIG="$STATE/flux.kubeconfig" RUNTIME_NAMESPACE=$FLUX_NS)
mkdir -p "$STATE/flux/storage"
start source-controller "${FLUX_ENV[@]}" "$BIN/source-controller" \
  --watch-all-namespaces=true --enable-leader-election=false \
  --metrics-addr=$HOST:$SC_METRICS --health-addr=$HOST:$SC_HEALTH \
  --storage-path="$STATE/flux/storage" --storage-addr=$HOST:$SC_STORAGE --storage-adv-addr=$HOST:$SC_STORAGE \
  --log-level=info
start kustomize-controller "${FLUX_ENV[@]}" "$BIN/kustomize-controller" \
  --watch-all-namespaces=true --enable-leader-election=false \
  --metrics-addr=$HOST:$KC_METRICS --health-addr=$HOST:$KC_HEALTH \
  --no-remote-bases=true --log-level=info
start helm-controller "${FLUX_ENV[@]}" "$BIN/helm-controller" \
  --watch-all-namespaces=true --enable-leader-election=false \
  --metrics-addr=$HOST:$HC_METRICS --health-addr=$HOST:$HC_HEALTH \
  --log-level=info

# ---------------------------------------------------------------- wait for all
wait_url kube-controller-manager "https://$HOST:$KCM_PORT/healthz" -k
wait_url kube-scheduler "https://$HOST:$SCHED_PORT/healthz" -k
wait_url kwok "https://$HOST:$KWOK_PORT/healthz" --cacert "$PKI/ca.crt"
wait_url git-http "http://$HOST:$GIT_PORT/healthz"
wait_url helm-repo "http://$HOST:$HELM_PORT/index.yaml"
wait_url source-controller "http://$HOST:$SC_HEALTH/readyz"
wait_url kustomize-controller "http://$HOST:$KC_HEALTH/readyz"
wait_url helm-controller "http://$HOST:$HC_HEALTH/readyz"
log "test bed up in $(( $(date +%s) - T0 )) s (logs in $LOG)"

# the same lines in $STATE/env, for smoke.sh and for shells that did not capture stdout
cat >"$STATE/env" <<EOF
export KUBECONFIG=$STATE/admin.kubeconfig
export KUBE_TESTBED_STATE=$STATE
export KUBE_TESTBED_BIN=$BIN
export KUBE_TESTBED_API_URL=https://$HOST:$API_PORT
export KUBE_TESTBED_GIT_URL=http://$HOST:$GIT_PORT
export KUBE_TESTBED_HELM_URL=http://$HOST:$HELM_PORT
export KUBE_TESTBED_HELM_DIR=$STATE/helm
export KUBE_TESTBED_SOPS=$BIN/sops
export KUBE_TESTBED_KUBECTL=$BIN/kubectl
export KUBE_TESTBED_CRDS=$CACHE_DIR/crds
EOF
cat "$STATE/env"
