#!/usr/bin/env bash
# Smoke test of the running Kubernetes test bed (start it with up.sh first):
#   a. two kwok nodes; a Deployment whose pods reach Running; a StatefulSet and a DaemonSet ready
#   b. GitOps with SOPS: a kustomization with an age-encrypted Secret (made with the built sops
#      and age-keygen) pushed into a new repository on the local git server; a GitRepository and
#      a Kustomization with decryption.provider sops produce the decrypted Secret
#   c. Helm: a chart made here (a ConfigMap template), packaged and indexed with the built helm,
#      served by the local Helm repository; HelmRepository + HelmRelease reach Ready and the
#      ConfigMap exists with the value the release set
#   d. deleting the namespace with all of that completes (finalizers of Flux and kwok pods run)
#   e. check-loopback.sh: no test-bed process talks to or listens on a non-loopback address
# Exit 0 when all pass; otherwise non-zero with the failing step, the objects' state and the
# relevant logs. Prints each step's time on stderr.
# Env: KUBE_TESTBED_STATE (default /var/tmp/opencenter-kube-testbed/run); the rest comes from
#      $STATE/env, written by up.sh.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
STATE=${KUBE_TESTBED_STATE:-/var/tmp/opencenter-kube-testbed/run}
[[ -e $STATE/env ]] || { echo "smoke: $STATE/env missing; run up.sh first" >&2; exit 2; }
# shellcheck disable=SC1091
source "$STATE/env"
K=$KUBE_TESTBED_KUBECTL
NS=smoke
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RUNID=$(date +%s)
T0=$(date +%s)
STEP="" TS=0
log() { echo "[smoke.sh $(date +%H:%M:%S)] $*" >&2; }
step() {   # step NAME: closes the previous step with its time, opens the next ("done": none)
  [[ -n $STEP ]] && log "ok   $STEP ($(( $(date +%s) - TS )) s)"
  STEP=$1 TS=$(date +%s)
  [[ $1 == done ]] || log "step $STEP"
}
fail() {
  log "FAIL $STEP: $*"
  {
    echo "--- objects in namespace $NS"
    "$K" -n $NS get all,gitrepositories,kustomizations,helmrepositories,helmcharts,helmreleases,secrets,configmaps 2>&1 | head -60
    echo "--- Flux conditions"
    "$K" -n $NS get gitrepositories,kustomizations,helmrepositories,helmcharts,helmreleases \
      -o jsonpath='{range .items[*]}{.kind}/{.metadata.name}: {range .status.conditions[*]}{.type}={.status} {.reason}: {.message}; {end}{"\n"}{end}' 2>&1
    for c in source-controller kustomize-controller helm-controller kwok; do
      echo "--- last lines of $STATE/log/$c.log"; tail -5 "$STATE/log/$c.log" 2>&1
    done
  } >&2
  exit 1
}
# wait_for WHAT SECONDS CMD...: until CMD succeeds
wait_for() {
  local what=$1 secs=$2 i; shift 2
  for ((i = 0; i < secs * 2; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  fail "$what: not within $secs s"
}

"$K" get --raw /readyz >/dev/null 2>&1 || { echo "smoke: the API server does not answer; run up.sh" >&2; exit 2; }
# a component that died since up.sh would only show as a timeout later: say which, now
for f in "$STATE"/pids/*.pid; do
  kill -0 "$(cat "$f")" 2>/dev/null && continue
  n=$(basename "$f" .pid)
  echo "smoke: $n is not running (up.sh restarts it); last lines of $STATE/log/$n.log:" >&2
  tail -5 "$STATE/log/$n.log" >&2; exit 2
done

# ------------------------------------------------------------------ namespace (fresh)
step "fresh namespace $NS"
if "$K" get namespace $NS >/dev/null 2>&1; then
  "$K" delete namespace $NS --wait=true --timeout=120s >/dev/null || fail "old namespace $NS not deleted"
fi
"$K" create namespace $NS >/dev/null
# pods need the namespace's default ServiceAccount, which the controller manager creates
wait_for "ServiceAccount default" 30 "$K" -n $NS get serviceaccount default

# ------------------------------------------------------------------ a. workloads on kwok
step "a. kwok nodes Ready"
for n in 1 2; do
  # annotated for kwok (it manages only those); labels as a kubelet would set them
  cat <<EOF | "$K" apply -f - >/dev/null
apiVersion: v1
kind: Node
metadata:
  name: kwok-node-$n
  annotations:
    kwok.x-k8s.io/node: fake
    node.alpha.kubernetes.io/ttl: "0"
  labels:
    kubernetes.io/hostname: kwok-node-$n
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    type: kwok
EOF
done
"$K" wait --for=condition=Ready node/kwok-node-1 node/kwok-node-2 --timeout=60s >/dev/null || fail "nodes not Ready"
ip=$("$K" get node kwok-node-1 -o jsonpath='{.status.addresses[?(@.type=="InternalIP")].address}')
[[ $ip == 127.* ]] || fail "node InternalIP is '$ip', not loopback"

step "a. Deployment pods Running, StatefulSet and DaemonSet ready"
# the image is never pulled: kwok plays the kubelet, no container runtime exists.
# terminationGracePeriodSeconds 1: the namespace controller re-checks a terminating namespace
# after its pods' grace period (30 s by default), which made step d take ~17 s
cat <<EOF | "$K" -n $NS apply -f - >/dev/null
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      terminationGracePeriodSeconds: 1
      containers: [{name: web, image: registry.k8s.io/pause:3.10}]
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  clusterIP: None
  selector: {app: db}
  ports: [{port: 5432}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      terminationGracePeriodSeconds: 1
      containers: [{name: db, image: registry.k8s.io/pause:3.10}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      nodeSelector: {type: kwok}
      terminationGracePeriodSeconds: 1
      containers: [{name: agent, image: registry.k8s.io/pause:3.10}]
EOF
"$K" -n $NS rollout status deployment/web --timeout=90s >/dev/null || fail "Deployment web not rolled out"
phases=$("$K" -n $NS get pods -l app=web -o jsonpath='{range .items[*]}{.status.phase}{"\n"}{end}' | sort | uniq -c | xargs)
[[ $phases == "3 Running" ]] || fail "Deployment pods: $phases (want 3 Running)"
"$K" -n $NS rollout status statefulset/db --timeout=90s >/dev/null || fail "StatefulSet db not ready"
"$K" -n $NS rollout status daemonset/agent --timeout=90s >/dev/null || fail "DaemonSet agent not ready"
ready=$("$K" -n $NS get daemonset agent -o jsonpath='{.status.numberReady}/{.status.desiredNumberScheduled}')
[[ $ready == 2/2 ]] || fail "DaemonSet agent ready $ready (want 2/2)"

# ------------------------------------------------------------------ b. Flux + SOPS
step "b. SOPS-encrypted kustomization in a new git repository"
"$KUBE_TESTBED_BIN/age-keygen" -o "$WORK/age.agekey" 2>/dev/null
pub=$("$KUBE_TESTBED_BIN/age-keygen" -y "$WORK/age.agekey")
secret_value="smoke-$RUNID-$RANDOM"
mkdir -p "$WORK/repo/app"
cat >"$WORK/repo/app/secret.yaml" <<EOF
apiVersion: v1
kind: Secret
metadata:
  name: app-credentials
  namespace: $NS
type: Opaque
stringData:
  password: $secret_value
EOF
# encrypt the values only (what Flux's docs and the installer do); the file stays a Secret
(cd "$WORK/repo/app" && "$KUBE_TESTBED_SOPS" --encrypt --age "$pub" --encrypted-regex '^(data|stringData)$' \
  --in-place secret.yaml) || fail "sops --encrypt failed"
grep -q "$secret_value" "$WORK/repo/app/secret.yaml" && fail "the encrypted file still holds the plaintext"
grep -q 'ENC\[AES256_GCM' "$WORK/repo/app/secret.yaml" || fail "sops wrote no ENC[...] value"
printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- secret.yaml\n' \
  >"$WORK/repo/app/kustomization.yaml"
repo_url="$KUBE_TESTBED_GIT_URL/smoke/app-$RUNID.git"
(
  cd "$WORK/repo"
  git init -q -b main
  git add -A
  git -c user.name=smoke -c user.email=smoke@127.0.0.1 commit -qm "smoke $RUNID"
  git push -q "$repo_url" main
) || fail "git push to $repo_url failed"

step "b. GitRepository + Kustomization (decryption.provider sops) -> decrypted Secret"
# the age key Secret: kustomize-controller takes keys whose names end in .agekey
"$K" -n $NS create secret generic sops-age --from-file=age.agekey="$WORK/age.agekey" >/dev/null
cat <<EOF | "$K" -n $NS apply -f - >/dev/null
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata: {name: app}
spec:
  url: $repo_url
  ref: {branch: main}
  interval: 1m
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: app}
spec:
  sourceRef: {kind: GitRepository, name: app}
  path: ./app
  prune: true
  interval: 1m
  timeout: 1m
  decryption:
    provider: sops
    secretRef: {name: sops-age}
EOF
"$K" -n $NS wait gitrepository/app --for=condition=Ready --timeout=90s >/dev/null || fail "GitRepository app not Ready"
"$K" -n $NS wait kustomization/app --for=condition=Ready --timeout=90s >/dev/null || fail "Kustomization app not Ready"
got=$("$K" -n $NS get secret app-credentials -o jsonpath='{.data.password}' | base64 -d)
[[ $got == "$secret_value" ]] || fail "Secret app-credentials holds '$got', want '$secret_value'"

# ------------------------------------------------------------------ c. Helm
step "c. chart packaged into the Helm repository"
export HELM_CACHE_HOME=$WORK/helm/cache HELM_CONFIG_HOME=$WORK/helm/config HELM_DATA_HOME=$WORK/helm/data
chart_version=0.1.$RUNID
mkdir -p "$WORK/chart/smoke-config/templates"
cat >"$WORK/chart/smoke-config/Chart.yaml" <<EOF
apiVersion: v2
name: smoke-config
description: The kube test bed's smoke chart (one ConfigMap)
type: application
version: $chart_version
EOF
printf 'greeting: hello\n' >"$WORK/chart/smoke-config/values.yaml"
cat >"$WORK/chart/smoke-config/templates/configmap.yaml" <<'EOF'
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  greeting: {{ .Values.greeting | quote }}
  chart: {{ .Chart.Name }}-{{ .Chart.Version }}
EOF
"$KUBE_TESTBED_BIN/helm" package "$WORK/chart/smoke-config" -d "$KUBE_TESTBED_HELM_DIR" >/dev/null || fail "helm package failed"
# index.yaml over every chart in the directory; --merge keeps the entries of earlier runs
"$KUBE_TESTBED_BIN/helm" repo index "$KUBE_TESTBED_HELM_DIR" --url "$KUBE_TESTBED_HELM_URL" \
  --merge "$KUBE_TESTBED_HELM_DIR/index.yaml" || fail "helm repo index failed"
curl -sf "$KUBE_TESTBED_HELM_URL/index.yaml" | grep -q "version: $chart_version" || fail "index.yaml lacks $chart_version"

step "c. HelmRepository + HelmRelease Ready, ConfigMap installed"
cat <<EOF | "$K" -n $NS apply -f - >/dev/null
apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata: {name: local}
spec:
  url: $KUBE_TESTBED_HELM_URL
  interval: 1m
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: smoke}
spec:
  interval: 1m
  timeout: 1m
  chart:
    spec:
      chart: smoke-config
      version: "$chart_version"
      sourceRef: {kind: HelmRepository, name: local}
  values:
    greeting: hello-from-helmrelease
EOF
"$K" -n $NS wait helmrepository/local --for=condition=Ready --timeout=60s >/dev/null || fail "HelmRepository local not Ready"
"$K" -n $NS wait helmrelease/smoke --for=condition=Ready --timeout=120s >/dev/null || fail "HelmRelease smoke not Ready"
got=$("$K" -n $NS get configmap smoke-config -o jsonpath='{.data.greeting}/{.data.chart}')
[[ $got == "hello-from-helmrelease/smoke-config-$chart_version" ]] || fail "ConfigMap smoke-config holds '$got'"

# ------------------------------------------------------------------ d. namespace deletion
step "d. delete namespace $NS (Flux finalizers, kwok pods)"
"$K" delete namespace $NS --wait=false >/dev/null
for ((i = 0; i < 240; i++)); do
  "$K" get namespace $NS >/dev/null 2>&1 || break
  sleep 0.5
done
if "$K" get namespace $NS >/dev/null 2>&1; then
  "$K" get namespace $NS -o jsonpath='{range .status.conditions[*]}{.type}={.status}: {.message}{"\n"}{end}' >&2
  fail "namespace $NS still there after 120 s"
fi

# ------------------------------------------------------------------ e. loopback
step "e. check-loopback.sh"
out=$(KUBE_TESTBED_STATE=$STATE "$HERE/check-loopback.sh") || { echo "$out" >&2; fail "non-loopback sockets"; }
log "$out"

step done
log "smoke passed in $(( $(date +%s) - T0 )) s"
echo "smoke: 5 passed, 0 failed"
