#!/usr/bin/env bash
# The real lane: play the first control plane of an installer-made cluster on 127.0.0.1, from the
# installer's own PKI and kubeadm config, with real kubeadm, etcd and kube-apiserver, separate from
# the shared test bed of up.sh (own ports, own state):
#   1. kubeadm (real, unmodified config) in a node-like root $STATE/root: `init phase certs all`
#      against the installer's CAs (they must be accepted and kept: checked byte for byte),
#      `kubeconfig admin/super-admin/controller-manager`, `control-plane apiserver/controller-manager`
#      and `etcd local` write the static pod manifests;
#   2. etcd, kube-apiserver and kube-controller-manager start as local processes with the flags
#      of those manifests, their addresses and ports moved to 127.0.0.1 (see README "Real lane");
#   3. kubeadm `init phase bootstrap-token` and `upload-config all` run against the running API
#      server with the config and super-admin.conf kubeadm wrote, unmodified: its server is the
#      controlPlaneEndpoint (VIP:6443), reached through endpoint-proxy.py, which maps that one
#      endpoint to 127.0.0.1 (so cluster-info names the VIP, as on a real node);
#   4. the installer's ClusterRoleBinding (--admin-binding), as the first control plane's
#      cloud-init applies it;
#   5. kwok plays the kubelets, and registrar.py creates a Node for every ACTIVE server of the
#      cluster in the real Nova (OS_CLOUD/OS_* credentials; without them, no registrar).
#
# Ports (127.0.0.1): API 16444, etcd client 16479, peer 16478, metrics 16477, controller manager
# 16258, kwok 16251, endpoint proxy 16445 (only while kubeadm's phases run).
#
# Usage: cluster-up.sh --pki-dir DIR --kubeadm-config FILE [--state DIR] [--admin-binding FILE]
#                      [--cluster NAME] [--fresh] [--no-registrar]
#   --pki-dir         kubeadm's layout with the CAs and the service-account keys only: ca.crt/.key,
#                     front-proxy-ca.crt/.key, etcd/ca.crt/.key, sa.key, sa.pub
#   --kubeadm-config  the installer's InitConfiguration + ClusterConfiguration (v1beta4)
#   --state           default $KUBE_CLUSTER_STATE or /var/tmp/opencenter-kube-testbed/cluster
#   --admin-binding   a manifest applied with super-admin after the phases (e.g. the installer's
#                     ClusterRoleBinding); applied again on every run (idempotent)
#   --cluster         the Nova metadata value the registrar selects (default: clusterName)
#   --fresh           stop what runs from this state dir and wipe it first
# Env: KUBE_CLUSTER_STATE, KUBE_TESTBED_CACHE (build cache, see build.sh), KUBE_CLUSTER_JOIN_DELAY
#      (seconds a server is ACTIVE before its Node appears, default 0), OS_CLOUD +
#      OS_CLIENT_CONFIG_FILE or OS_AUTH_URL/OS_USERNAME/... for the registrar.
# Prints `export ...` lines on stdout (KUBE_CLUSTER_*); progress on stderr. Idempotent: with the
# same inputs a second run starts what is missing (0.2 s when all runs). Stop with cluster-down.sh.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
STATE=${KUBE_CLUSTER_STATE:-/var/tmp/opencenter-kube-testbed/cluster}
PKI_IN="" CONFIG_IN="" BINDING="" CLUSTER="" FRESH="" REGISTRAR=on
while (($#)); do
  case $1 in
    --pki-dir) PKI_IN=$2; shift 2 ;;
    --kubeadm-config) CONFIG_IN=$2; shift 2 ;;
    --state) STATE=$2; shift 2 ;;
    --admin-binding) BINDING=$2; shift 2 ;;
    --cluster) CLUSTER=$2; shift 2 ;;
    --fresh) FRESH=1; shift ;;
    --no-registrar) REGISTRAR=off; shift ;;
    *) echo "cluster-up.sh: unknown argument $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
[[ -n $PKI_IN && -n $CONFIG_IN ]] || { echo "cluster-up.sh: --pki-dir and --kubeadm-config are required" >&2; exit 2; }
[[ -z $BINDING || -f $BINDING ]] || { echo "cluster-up.sh: --admin-binding $BINDING is not a file" >&2; exit 2; }
[[ -f $CONFIG_IN ]] || { echo "cluster-up.sh: --kubeadm-config $CONFIG_IN is not a file" >&2; exit 2; }
CA_FILES=(ca.crt ca.key front-proxy-ca.crt front-proxy-ca.key etcd/ca.crt etcd/ca.key sa.key sa.pub)
for f in "${CA_FILES[@]}"; do
  [[ -f $PKI_IN/$f ]] || { echo "cluster-up.sh: --pki-dir $PKI_IN has no $f (kubeadm's layout expected)" >&2; exit 2; }
done
PKI_IN=$(cd "$PKI_IN" && pwd) CONFIG_IN=$(cd "$(dirname "$CONFIG_IN")" && pwd)/$(basename "$CONFIG_IN")

HOST=127.0.0.1
API_PORT=16444 PROXY_PORT=16445 KCM_PORT=16258 KWOK_PORT=16251
ETCD_PORT=16479 ETCD_PEER_PORT=16478 ETCD_METRICS_PORT=16477
POD_CIDR_DEFAULT=10.244.0.0/16
ROOT=$STATE/root                 # the node's filesystem: etc/kubernetes/{pki,manifests,*.conf}, var/lib/etcd
ETC=$ROOT/etc/kubernetes
KCFG=$STATE/kubeconfig           # loopback copies of kubeadm's kubeconfigs, for the local processes
RUN=$STATE/pids LOG=$STATE/log
PY=/usr/bin/python3
log() { echo "[cluster-up.sh $(date +%H:%M:%S)] $*" >&2; }
T0=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - T0) / 1000000 )) ms"; }

if [[ -n $FRESH && -d $STATE ]]; then
  KUBE_CLUSTER_STATE=$STATE "$HERE/cluster-down.sh" --wipe
fi
mkdir -p "$STATE" "$RUN" "$LOG" "$ETC"
chmod 700 "$STATE"

BIN=$("$HERE/build.sh")
CACHE_DIR=$(dirname "$BIN")
KUBECTL=$BIN/kubectl
for p in openssl curl ss sha256sum "$PY"; do command -v "$p" >/dev/null || { log "missing: $p"; exit 1; }; done

# ---------------------------------------------------------------- same inputs as the state?
FINGERPRINT=$(cd "$PKI_IN" && cat "${CA_FILES[@]}" "$CONFIG_IN" | sha256sum | cut -c1-64)
if [[ -e $STATE/inputs.sha256 && $(cat "$STATE/inputs.sha256") != "$FINGERPRINT" ]]; then
  log "$STATE was made from another PKI or kubeadm config; run with --fresh (or cluster-down.sh --wipe)"; exit 1
fi
echo "$FINGERPRINT" >"$STATE/inputs.sha256"

# ---------------------------------------------------------------- process helpers (as up.sh)
running() {   # running NAME: its pid file names a live process that is still that program
  local pidf=$RUN/$1.pid pid exe
  [[ -e $pidf ]] || return 1
  pid=$(cat "$pidf")
  kill -0 "$pid" 2>/dev/null || return 1
  case $1 in registrar | endpoint-proxy) exe=python3 ;; *) exe=$1 ;; esac
  [[ $(readlink "/proc/$pid/exe" 2>/dev/null) == *"$exe"* ]]
}
start() {   # start NAME CMD...: detached, own session, log in $LOG/NAME.log, pid in $RUN/NAME.pid
  local name=$1; shift
  if running "$name"; then return 0; fi
  setsid "$@" </dev/null >>"$LOG/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
  log "started $name (pid $!)"
}
wait_url() {   # wait_url NAME URL [curl args]: until 2xx, or NAME died, or 120 s
  local name=$1 url=$2 i; shift 2
  for i in $(seq 1 240); do
    if curl -sf -o /dev/null -m 2 "$@" "$url"; then return 0; fi
    if ! running "$name"; then log "$name exited; last lines of $LOG/$name.log:"; tail -20 "$LOG/$name.log" >&2; return 1; fi
    sleep 0.5
  done
  log "$name did not answer at $url within 120 s; see $LOG/$name.log"; return 1
}
# a port in use by something that is not ours: say who holds it
for port in $API_PORT $PROXY_PORT $KCM_PORT $KWOK_PORT $ETCD_PORT $ETCD_PEER_PORT $ETCD_METRICS_PORT; do
  holder=$(ss -Htlnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  [[ -z $holder ]] && continue
  mine=""
  for f in "$RUN"/*.pid; do [[ -e $f && $(cat "$f") == "$holder" ]] && mine=1; done
  [[ -n $mine ]] || { log "port $port is held by pid $holder ($(tr '\0' ' ' <"/proc/$holder/cmdline" | cut -c1-80)); another lane cluster? (cluster-down.sh with its state)"; exit 1; }
done

# ---------------------------------------------------------------- kubeadm in the node's root
# kubeadm takes no --cert-dir beside --config, so it runs with --rootfs: it chroots into $ROOT and
# finds /etc/kubernetes/pki, /etc/kubernetes/*.conf and the manifests where a node has them, with
# the config file unmodified. chroot needs CAP_SYS_CHROOT: as root it is there; otherwise an
# unprivileged user namespace (unshare -r) grants it. kubeadm is static (CGO_ENABLED=0), so the
# empty root needs no libraries.
if [[ ! -e $ETC/pki/ca.crt ]]; then
  mkdir -p "$ETC/pki/etcd"
  for f in "${CA_FILES[@]}"; do install -m 600 "$PKI_IN/$f" "$ETC/pki/$f"; done
  chmod 644 "$ETC/pki/ca.crt" "$ETC/pki/front-proxy-ca.crt" "$ETC/pki/etcd/ca.crt" "$ETC/pki/sa.pub"
fi
install -m 600 "$CONFIG_IN" "$ETC/kubeadm-config.yaml"
KUBEADM_CONFIG=/etc/kubernetes/kubeadm-config.yaml      # the path inside $ROOT
if [[ $(id -u) == 0 ]]; then CHROOT_WRAP=(); else CHROOT_WRAP=(unshare --user --map-root-user); fi
kubeadm() {   # kubeadm ARGS...: in $ROOT, output in $LOG/kubeadm.log (it prints the bootstrap token)
  echo "=== $(date +%T) kubeadm $*" >>"$LOG/kubeadm.log"
  if ! "${CHROOT_WRAP[@]}" "$BIN/kubeadm" --rootfs "$ROOT" "$@" >>"$LOG/kubeadm.log" 2>&1; then
    log "kubeadm $* failed; last lines of $LOG/kubeadm.log:"; tail -8 "$LOG/kubeadm.log" | grep -v 'token' >&2; return 1
  fi
}
[[ -e $LOG/kubeadm.log ]] || (umask 077; : >"$LOG/kubeadm.log")
# once per state, as on a node (after a reboot the kubelet restarts the static pods, kubeadm does not run)
if [[ ! -e $STATE/files.done ]]; then
  kubeadm init phase certs all --config $KUBEADM_CONFIG
  kubeadm init phase kubeconfig admin --config $KUBEADM_CONFIG
  kubeadm init phase kubeconfig super-admin --config $KUBEADM_CONFIG
  kubeadm init phase kubeconfig controller-manager --config $KUBEADM_CONFIG
  kubeadm init phase control-plane apiserver --config $KUBEADM_CONFIG
  kubeadm init phase control-plane controller-manager --config $KUBEADM_CONFIG
  kubeadm init phase etcd local --config $KUBEADM_CONFIG
  touch "$STATE/files.done"
  log "kubeadm phases certs, kubeconfig, control-plane, etcd done ($(elapsed))"
fi
for f in "${CA_FILES[@]}"; do
  cmp -s "$PKI_IN/$f" "$ETC/pki/$f" || { log "kubeadm changed $f: it did not keep the installer's CA"; exit 1; }
done

# the API server's serving cert must name 127.0.0.1, or no local client can verify it
if ! openssl x509 -in "$ETC/pki/apiserver.crt" -noout -ext subjectAltName | grep -q 'IP Address:127.0.0.1\b'; then
  log "the API server's certificate does not name 127.0.0.1: add it to apiServer.certSANs in the kubeadm config"; exit 1
fi

# ---------------------------------------------------------------- loopback kubeconfigs
# kubeadm's kubeconfigs name the VIP (admin, super-admin) or the advertise address (controller
# manager); the local processes get copies that name 127.0.0.1 instead (TLS still verified:
# the serving cert names 127.0.0.1).
mkdir -p "$KCFG"; chmod 700 "$KCFG"
ENDPOINT_URL=$("$KUBECTL" --kubeconfig "$ETC/super-admin.conf" config view -o jsonpath='{.clusters[0].cluster.server}')
KUBEADM_CLUSTER=$("$KUBECTL" --kubeconfig "$ETC/super-admin.conf" config view -o jsonpath='{.clusters[0].name}')
CLUSTER=${CLUSTER:-$KUBEADM_CLUSTER}
for c in super-admin controller-manager; do
  install -m 600 "$ETC/$c.conf" "$KCFG/$c.conf"
  "$KUBECTL" --kubeconfig "$KCFG/$c.conf" config set-cluster "$KUBEADM_CLUSTER" --server="https://$HOST:$API_PORT" >/dev/null
done
# super-admin's client cert as files: curl's readiness checks and the registrar
(umask 077
 "$KUBECTL" --kubeconfig "$KCFG/super-admin.conf" config view --raw -o jsonpath='{.users[0].user.client-certificate-data}' | base64 -d >"$KCFG/super-admin.crt"
 "$KUBECTL" --kubeconfig "$KCFG/super-admin.conf" config view --raw -o jsonpath='{.users[0].user.client-key-data}' | base64 -d >"$KCFG/super-admin.key")
export KUBECONFIG=$KCFG/super-admin.conf
KCERT=(--cacert "$ETC/pki/ca.crt" --cert "$KCFG/super-admin.crt" --key "$KCFG/super-admin.key")

# ---------------------------------------------------------------- flags from the manifests
manifest_command() {   # the first container's command in a static pod manifest, one argument a line
  awk '/^  - command:/ {c = 1; next} c && /^    - / {sub(/^    - /, ""); print; next} c {exit}' "$1" |
    sed -E "s/^'(.*)'$/\1/; s/^\"(.*)\"$/\1/"
}
# localize ARG: the same flag for a process on this machine instead of in a pod on the node:
# kubeconfigs -> the loopback copies, other absolute paths -> under $ROOT, the well-known ports
# -> this lane's, hosts of URLs -> 127.0.0.1, the advertise address -> 127.0.0.1
localize() {
  local a=$1 name value
  [[ $a == --*=* ]] || { echo "$a"; return; }
  name=${a%%=*} value=${a#*=}
  case $name in
    --kubeconfig | --authentication-kubeconfig | --authorization-kubeconfig)
      value=$KCFG/$(basename "$value") ;;
    --advertise-address) value=$HOST ;;
    --secure-port) value=$API_PORT ;;
    *)
      [[ $value == /* ]] && value=$ROOT$value
      value=$(sed -E "s#(https?)://[^,/]+:2379#\1://$HOST:$ETCD_PORT#g; s#(https?)://[^,/]+:2380#\1://$HOST:$ETCD_PEER_PORT#g;
                      s#(https?)://[^,/]+:2381#\1://$HOST:$ETCD_METRICS_PORT#g" <<<"$value")
      # listen-client-urls named 127.0.0.1 and the node's address: now the same URL twice
      value=$(tr ',' '\n' <<<"$value" | awk '!seen[$0]++' | paste -sd, -) ;;
  esac
  echo "$name=$value"
}
# command_of MANIFEST EXTRA_FLAGS...: the localized command, checked: no address but loopback.
# Data, never dialed: the CIDR flags and the service-account issuer (a name put into tokens).
# The OIDC flags go when their issuer is not on this machine: the API server would fetch the
# issuer's discovery document (DNS and HTTPS off the machine); the lane authenticates no OIDC tokens.
command_of() {
  local manifest=$1 a ip host issuer; shift
  CMD=()
  issuer=$(manifest_command "$manifest" | sed -n 's/^--oidc-issuer-url=//p')
  host=$(sed -E 's#^https?://(\[[^]]*\]|[^/:]*).*#\1#' <<<"$issuer")
  while IFS= read -r a; do
    if [[ -n $issuer && $a == --oidc-* && ! ($host == 127.* || $host == localhost || $host == "[::1]") ]]; then
      [[ $a == --oidc-issuer-url=* ]] && log "not passing the --oidc-* flags to ${manifest##*/}: issuer $issuer is not on this machine"
      continue
    fi
    CMD+=("$(localize "$a")")
  done < <(manifest_command "$manifest")
  [[ ${#CMD[@]} -gt 1 ]] || { log "no command in $manifest"; exit 1; }
  CMD[0]=$BIN/${CMD[0]}
  CMD+=("$@")
  for a in "${CMD[@]:1}"; do
    case ${a%%=*} in --service-cluster-ip-range | --cluster-cidr | --service-account-issuer) continue ;; esac
    for ip in $(grep -oE '\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b' <<<"$a" || true); do
      [[ $ip == 127.* ]] || { log "refusing to start ${CMD[0]##*/}: $a names $ip (not loopback)"; exit 1; }
    done
    for host in $(grep -oE '[a-z]+://(\[[^]]*\]|[^/:,]*)' <<<"$a" | sed -E 's#^[a-z]+://##' || true); do
      [[ $host == 127.* || $host == localhost || $host == "[::1]" ]] ||
        { log "refusing to start ${CMD[0]##*/}: $a names $host (not loopback)"; exit 1; }
    done
  done
  echo "${CMD[*]}" >"$STATE/$(basename "$manifest" .yaml).command"   # paths only, no secret
}

if [[ $REGISTRAR == on && -z ${OS_CLOUD:-} && -z ${OS_AUTH_URL:-} ]]; then
  REGISTRAR=off
  log "registrar OFF: no OpenStack credentials (OS_CLOUD or OS_AUTH_URL); no Node will appear"
fi

# ---------------------------------------------------------------- already up?
COMPONENTS=(etcd kube-apiserver kube-controller-manager kwok)
all_up() {
  local c; for c in "${COMPONENTS[@]}"; do running "$c" || return 1; done
  [[ $REGISTRAR == off ]] || running registrar || return 1
  [[ -e $STATE/phases.done ]] && curl -sf -o /dev/null -m 5 "${KCERT[@]}" "https://$HOST:$API_PORT/readyz"
}

# ---------------------------------------------------------------- etcd, kube-apiserver
if ! all_up; then
  command_of "$ETC/manifests/etcd.yaml"
  data_dir=$(printf '%s\n' "${CMD[@]}" | sed -n 's/^--data-dir=//p')
  mkdir -p "$data_dir"; chmod 700 "$data_dir"
  start etcd "${CMD[@]}"
  wait_url etcd "http://$HOST:$ETCD_METRICS_PORT/readyz"

  # --bind-address: kubeadm leaves it unset (0.0.0.0) -> 127.0.0.1. --endpoint-reconciler-type=none:
  # the `kubernetes` Service's endpoint would be the advertise address, 127.0.0.1, which Endpoints
  # may not hold; nothing here reaches the API server through that Service.
  command_of "$ETC/manifests/kube-apiserver.yaml" --bind-address=$HOST --endpoint-reconciler-type=none
  start kube-apiserver "${CMD[@]}"
  wait_url kube-apiserver "https://$HOST:$API_PORT/readyz" "${KCERT[@]}"
  log "API server ready ($(elapsed))"
  # the test bed's admission policies: nothing the API server is given may make it dial off loopback
  "$KUBECTL" apply --server-side --force-conflicts --field-manager=kube-testbed -f "$HERE/loopback-policy.yaml" >/dev/null

  # ---------------------------------------------------------------- kubeadm against the API server
  # With the kubeconfig kubeadm wrote (server = controlPlaneEndpoint), through the endpoint proxy.
  # A non-default --kubeconfig: kubeadm then does not create its own kubeadm:cluster-admins
  # binding (init does, with the default admin.conf), so the installer's binding is what grants.
  if [[ ! -e $STATE/phases.done ]]; then
    endpoint=${ENDPOINT_URL#https://}; endpoint=${endpoint%%/*}
    PROXY_ENV=()
    if [[ $endpoint != 127.* && $endpoint != localhost:* ]]; then
      start endpoint-proxy "$PY" "$HERE/endpoint-proxy.py" $PROXY_PORT "$endpoint=$HOST:$API_PORT"
      for i in $(seq 1 50); do ss -Htln "sport = :$PROXY_PORT" | grep -q . && break; sleep 0.1; done
      PROXY_ENV=(env -u NO_PROXY -u no_proxy HTTPS_PROXY=http://$HOST:$PROXY_PORT https_proxy=http://$HOST:$PROXY_PORT)
    fi
    CHROOT_WRAP=("${PROXY_ENV[@]}" "${CHROOT_WRAP[@]}")
    kubeadm init phase bootstrap-token --config $KUBEADM_CONFIG --skip-token-print --kubeconfig /etc/kubernetes/super-admin.conf
    kubeadm init phase upload-config all --config $KUBEADM_CONFIG --kubeconfig /etc/kubernetes/super-admin.conf
    if [[ -n ${PROXY_ENV[*]} ]]; then
      kill "$(cat "$RUN/endpoint-proxy.pid")" 2>/dev/null || true; rm -f "$RUN/endpoint-proxy.pid"
    fi
    touch "$STATE/phases.done"
    log "kubeadm phases bootstrap-token, upload-config done via $ENDPOINT_URL -> $HOST:$API_PORT ($(elapsed))"
  fi

  # ---------------------------------------------------------------- controller manager
  # bootstrapsigner signs cluster-info for token discovery, tokencleaner, CSR signing with the CA,
  # node lifecycle and IPAM for the nodes. Secure port moved off 10257.
  command_of "$ETC/manifests/kube-controller-manager.yaml" --secure-port=$KCM_PORT
  start kube-controller-manager "${CMD[@]}"

  # ---------------------------------------------------------------- kwok
  # A kubelet's serving cert is self-signed unless serverTLSBootstrap is on: kwok's is too.
  mkdir -p "$STATE/kwok"
  if [[ ! -e $STATE/kwok/serving.crt ]]; then
    (umask 077; openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=kwok@$HOST" \
      -addext "subjectAltName=IP:$HOST,DNS:localhost" -keyout "$STATE/kwok/serving.key" -out "$STATE/kwok/serving.crt" 2>/dev/null)
  fi
  if ! running kwok; then   # leases of an earlier kwok of this host would hold its nodes for 40 s (see up.sh)
    stale=$("$KUBECTL" -n kube-node-lease get leases -o jsonpath='{range .items[*]}{.metadata.name} {.spec.holderIdentity}{"\n"}{end}' |
      awk -v h="$(hostname)_" 'index($2, h) == 1 {print $1}')
    [[ -z $stale ]] || "$KUBECTL" -n kube-node-lease delete lease $stale >/dev/null
  fi
  pod_cidr=$(printf '%s\n' "${CMD[@]}" | sed -n 's/^--cluster-cidr=//p' | cut -d, -f1)
  start kwok "$BIN/kwok" --kubeconfig="$KCFG/super-admin.conf" --config="$CACHE_DIR/kwok-stages.yaml" \
    --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
    --node-ip=$HOST --node-port=$KWOK_PORT --cidr="${pod_cidr:-$POD_CIDR_DEFAULT}" \
    --server-address="$HOST:$KWOK_PORT" \
    --tls-cert-file="$STATE/kwok/serving.crt" --tls-private-key-file="$STATE/kwok/serving.key" \
    --node-lease-duration-seconds=40

  # ---------------------------------------------------------------- registrar
  # kubeadm taints a control plane NoSchedule unless its nodeRegistration says `taints: []` (the
  # installer does so when there are no workers); the registrar does the same for every control plane
  CP_TAINT=(); if grep -qE '^ +taints: *\[ *\]' "$CONFIG_IN"; then CP_TAINT=(--no-control-plane-taint); fi
  if [[ $REGISTRAR == on ]]; then
    start registrar "$PY" "$HERE/registrar.py" --cluster "$CLUSTER" --api "https://$HOST:$API_PORT" \
      --ca "$ETC/pki/ca.crt" --cert "$KCFG/super-admin.crt" --key "$KCFG/super-admin.key" \
      --interval 2 --join-delay "${KUBE_CLUSTER_JOIN_DELAY:-0}" "${CP_TAINT[@]}" --status "$STATE/registrar.status"
  fi

  wait_url kube-controller-manager "https://$HOST:$KCM_PORT/healthz" -k   # its own self-signed cert
  wait_url kwok "https://$HOST:$KWOK_PORT/healthz" -k
fi

# ---------------------------------------------------------------- the installer's binding
if [[ -n $BINDING ]]; then
  "$KUBECTL" apply -f "$BINDING" >/dev/null
  log "applied $BINDING"
fi

"$HERE/check-loopback.sh" "$STATE" >/dev/null || { "$HERE/check-loopback.sh" "$STATE"; exit 1; }
log "lane cluster $CLUSTER up in $(elapsed) (state $STATE, logs in $LOG; registrar $REGISTRAR)"
cat >"$STATE/env" <<EOF
export KUBE_CLUSTER_STATE=$STATE
export KUBE_CLUSTER_API_URL=https://$HOST:$API_PORT
export KUBE_CLUSTER_KUBECONFIG=$KCFG/super-admin.conf
export KUBE_CLUSTER_ROOT=$ROOT
export KUBE_CLUSTER_NAME=$CLUSTER
export KUBE_CLUSTER_ENDPOINT=$ENDPOINT_URL
export KUBE_CLUSTER_REGISTRAR=$REGISTRAR
EOF
cat "$STATE/env"
