#!/usr/bin/env bash
# Build the Kubernetes test bed's programs from their Go modules (Go module proxy only),
# into a cache outside the repository, keyed by the pinned versions:
#   $KUBE_TESTBED_CACHE/<key>/bin/   kube-apiserver kube-controller-manager kube-scheduler kubeadm kubectl
#                                    etcd etcdctl kwok source-controller kustomize-controller helm-controller
#                                    sops age age-keygen helm
#   $KUBE_TESTBED_CACHE/<key>/crds/  the Flux CRDs (config/crd/bases of the controllers' modules)
#   $KUBE_TESTBED_CACHE/go/{mod,build}  GOMODCACHE and GOCACHE, shared by every key
# A second run with the same versions is a no-op (every binary present + stamp file).
#
# Usage: build.sh            prints the bin dir on stdout (progress and timings on stderr)
# Env:   KUBE_TESTBED_CACHE  cache root (default /var/tmp/opencenter-kube-testbed)
#        KUBE_TESTBED_NICE   nice level of the go builds (default 10: the machine has 2 cores and
#                            a Maven build may run beside us)
#
# Why wrapper modules: k8s.io/kubernetes replaces its staging modules (k8s.io/api, client-go, ...)
# with ./staging/src paths and requires them at v0.0.0, so `go install k8s.io/kubernetes/...@v1.35.4`
# is refused. A small main module that requires it and replaces each staging module with the
# published k8s.io/<m> v0.35.4 builds the same code. etcd and the Flux controllers have replace
# directives too (local ones for their own submodules, non-local ones that matter), so they get
# wrappers as well. Programs that share k8s.io versions share a wrapper, so client-go and friends
# compile once per wrapper:
#   k8s   : k8s.io/kubernetes v1.35.4 (+ staging v0.35.4)
#   etcd  : go.etcd.io/etcd/server/v3 (own wrapper: it needs newer grpc/otel than Kubernetes 1.35
#           pins, and sharing would silently change the API server's dependencies)
#   flux  : source-, kustomize-, helm-controller of ONE Flux release, plus kwok, sops, age and
#           helm, all on k8s.io v0.36.x (see the README for why not a Flux release on v0.35).
set -euo pipefail

# ---------------------------------------------------------------- pinned versions
K8S_VERSION=v1.35.4          # the cluster version the installer's catalog defaults to
K8S_STAGING=v0.35.4          # the staging modules published for 1.35.4
ETCD_VERSION=v3.6.17         # newest 3.6.x the proxy serves (go list -m -versions go.etcd.io/etcd/server/v3)
KWOK_VERSION=v0.8.0
FLUX_RELEASE=v2.9.5          # flux2 v2.9.5's go.mod requires these controllers' api modules:
SC_VERSION=v1.9.5            #   github.com/fluxcd/source-controller
KC_VERSION=v1.9.5            #   github.com/fluxcd/kustomize-controller
HC_VERSION=v1.6.4            #   github.com/fluxcd/helm-controller
SOPS_VERSION=v3.13.3         # newest 3.x the proxy serves (kustomize-controller links 3.13.2 itself)
KEY=k8s-${K8S_VERSION#v}_etcd-${ETCD_VERSION#v}_flux-${FLUX_RELEASE#v}_kwok-${KWOK_VERSION#v}_sops-${SOPS_VERSION#v}

ROOT=${KUBE_TESTBED_CACHE:-/var/tmp/opencenter-kube-testbed}
DIR=$ROOT/$KEY
BIN=$DIR/bin
STAMP=$DIR/.built
PROGRAMS=(kube-apiserver kube-controller-manager kube-scheduler kubeadm kubectl etcd etcdctl kwok
  source-controller kustomize-controller helm-controller sops age age-keygen helm)
NICE=${KUBE_TESTBED_NICE:-10}
log() { echo "[build.sh $(date +%H:%M:%S)] $*" >&2; }

# ---------------------------------------------------------------- no-op when built
all_there() {
  [[ -e $STAMP ]] || return 1
  local p
  for p in "${PROGRAMS[@]}"; do [[ -x $BIN/$p ]] || return 1; done
  compgen -G "$DIR/crds/*.yaml" >/dev/null && [[ -s $DIR/kwok-stages.yaml ]]
}
if all_there; then
  log "up to date: $BIN"
  echo "$BIN"; exit 0
fi

# Go's tarball install lives in /usr/local/go; CI's environment may not have it on PATH
command -v go >/dev/null || PATH=$PATH:/usr/local/go/bin
command -v go >/dev/null || { log "go not found on PATH (nor in /usr/local/go/bin)"; exit 1; }
mkdir -p "$BIN" "$DIR/crds" "$DIR/src" "$ROOT/go/mod" "$ROOT/go/build"
export GOMODCACHE=$ROOT/go/mod GOCACHE=$ROOT/go/build
export GOFLAGS="-modcacherw -buildvcs=false"   # -modcacherw: the cache can be deleted with rm -rf
export GOTOOLCHAIN=local                       # never download another Go toolchain
export CGO_ENABLED=0 GO111MODULE=on GOWORK=off
T_ALL=$(date +%s)

# timed NAME CMD...: run CMD at low priority, print how long it took
timed() {
  local name=$1 t=$(date +%s); shift
  if ! nice -n "$NICE" "$@"; then log "FAILED: $name"; return 1; fi
  log "$name: $(( $(date +%s) - t )) s"
}
# gomod_file MODULE@VERSION: path of that module's go.mod in the module cache (downloads it)
gomod_file() {
  go mod download -json "$1" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",*$/\1/p'
}
# moddir MODULE@VERSION: extracted source dir in the module cache
moddir() {
  go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p'
}
# replace_lines GOMOD: the replace directives of a go.mod as "old => new version" lines, one per
# line (both the single-line and the block form)
replace_lines() {
  awk '
    /^replace[[:space:]]*\($/ { inblock=1; next }
    inblock && /^\)/ { inblock=0; next }
    inblock { sub(/\/\/.*/, ""); if (NF) print; next }
    /^replace[[:space:]]/ { sub(/^replace[[:space:]]+/, ""); sub(/\/\/.*/, ""); print }
  ' "$1" | sed 's/[[:space:]]\+/ /g; s/^ //; s/ $//'
}

# gobuild LABEL NAME LDFLAGS PACKAGE: build one program of the wrapper in the current dir into
# $BIN/NAME (through a temp name, so a killed build leaves no half binary); skipped when the
# binary is there already (a build that failed half way resumes where it stopped)
gobuild() {
  local label=$1 name=$2 ld=$3 pkg=$4
  if [[ -x $BIN/$name ]]; then log "$label: $name already built"; return 0; fi
  timed "$label: $name" go build -trimpath -ldflags "$ld" -o "$BIN/.$name.tmp" "$pkg"
  mv "$BIN/.$name.tmp" "$BIN/$name"
}

# resolve NAME: in a wrapper dir, fill go.mod/go.sum (go mod tidy -e: errors in the tests of
# dependencies do not matter here) and make sure every package the tools need can be downloaded.
# This proxy refuses some module versions ("403 Forbidden ... This module version is not
# available"). For each refused module that a tool needs, try the nearest other patch releases
# (lower first, at most 3, then one higher) and pin the first one served with a replace line;
# each substitution is reported. Gives up when a module has no served patch release nearby.
resolve() {
  local name=$1 tools err m v mm base patch cand tried i
  tools=$(awk '/^tool /{print $2}' go.mod)
  for i in 1 2 3 4 5 6; do
    # its complaints (mostly tests of dependencies) go to tidy.log; go list below is the judge
    timed "$name: go mod tidy (downloads)" bash -c 'go mod tidy -e 2>tidy.log || true'
    err=$(go list -mod=mod -deps $tools 2>&1 >/dev/null) && return 0
    # e.g. github.com/fluxcd/pkg/artifact@v0.18.3: reading https://.../@v/v0.18.3.zip: 403 Forbidden
    local refused
    refused=$(grep -o '[^[:space:]]*@v[^:[:space:]]*: reading [^ ]*: 4[0-9][0-9] [A-Za-z ]*' <<<"$err" | sort -u)
    if [[ -z $refused ]]; then echo "$err" >&2; log "$name: cannot load the tools' packages"; return 1; fi
    while read -r mm _; do
      mm=${mm%:}; m=${mm%@*}; v=${mm#*@}
      base=${v%.*}; patch=${v##*.}
      [[ $patch =~ ^[0-9]+$ ]] || { log "$name: $mm refused by the proxy ($(grep -m1 -A1 "$mm" <<<"$err" | tail -1 | sed 's/^[[:space:]]*//')); not a release, no substitute"; return 1; }
      tried=() cand=
      for c in $((patch-1)) $((patch-2)) $((patch-3)) $((patch+1)); do
        ((c >= 0)) || continue
        tried+=("$base.$c")
        if go mod download "$m@$base.$c" 2>/dev/null; then cand=$base.$c; break; fi
      done
      if [[ -z $cand ]]; then
        log "$name: $mm refused by the proxy (403 This module version is not available); also refused: ${tried[*]}"
        return 1
      fi
      log "$name: $mm refused by the proxy (403 This module version is not available): using $m $cand (replace)"
      echo "replace $m => $m $cand" >>go.mod
    done <<<"$refused"
  done
  log "$name: still failing after substitutions"; return 1
}

# ---------------------------------------------------------------- wrapper: k8s
# Generated from k8s.io/kubernetes's own go.mod: every `k8s.io/<m> => ./staging/src/k8s.io/<m>`
# becomes `k8s.io/<m> => k8s.io/<m> $K8S_STAGING`.
build_k8s() {
  local w=$DIR/src/k8s gm
  mkdir -p "$w"
  gm=$(gomod_file "k8s.io/kubernetes@$K8S_VERSION")
  {
    echo "module opencenter.local/kube-testbed/k8s"
    echo
    echo "go $(awk '/^go /{print $2; exit}' "$gm")"
    echo
    echo "require k8s.io/kubernetes $K8S_VERSION"
    echo
    replace_lines "$gm" | awk -v v="$K8S_STAGING" '$3 ~ /^\.\/staging\/src\// { print "replace " $1 " => " $1 " " v }'
    echo
    for c in kube-apiserver kube-controller-manager kube-scheduler kubeadm kubectl; do
      echo "tool k8s.io/kubernetes/cmd/$c"
    done
  } >"$w/go.mod"
  log "k8s wrapper: $(grep -c '^replace' "$w/go.mod") staging modules replaced with $K8S_STAGING"
  (cd "$w" && resolve k8s)

  # the -X flags of hack/lib/version.sh (kube::version::ldflags), so /version says $K8S_VERSION.
  # No git commit is known from the proxy, so gitCommit/gitTreeState stay unset as version.sh
  # leaves them when KUBE_GIT_COMMIT is empty; buildDate is the module's publication time.
  local info t maj min ld=() k val
  info=$(go mod download -json "k8s.io/kubernetes@$K8S_VERSION" | sed -n 's/^[[:space:]]*"Info": "\(.*\)",*$/\1/p')
  t=$(sed -n 's/.*"Time":"\([^"]*\)".*/\1/p' "$info")
  maj=${K8S_VERSION#v}; maj=${maj%%.*}
  min=${K8S_VERSION#v*.}; min=${min%%.*}
  for k in buildDate gitVersion gitMajor gitMinor; do
    case $k in
      buildDate) val=${t%%.*}; val=${val%Z}Z ;;
      gitVersion) val=$K8S_VERSION ;;
      gitMajor) val=$maj ;;
      gitMinor) val=$min ;;
    esac
    ld+=("-X k8s.io/client-go/pkg/version.$k=$val" "-X k8s.io/component-base/version.$k=$val")
  done
  for c in kube-apiserver kube-controller-manager kube-scheduler kubeadm kubectl; do
    (cd "$w" && gobuild k8s "$c" "-s -w ${ld[*]}" "k8s.io/kubernetes/cmd/$c")
  done
}

# ---------------------------------------------------------------- wrapper: etcd
# go.etcd.io/etcd/server/v3 replaces its sibling modules with ../api, ../client/... ; the wrapper
# replaces each with the published module at the same version.
build_etcd() {
  local w=$DIR/src/etcd gm
  mkdir -p "$w"
  gm=$(gomod_file "go.etcd.io/etcd/server/v3@$ETCD_VERSION")
  {
    echo "module opencenter.local/kube-testbed/etcd"
    echo
    echo "go $(awk '/^go /{print $2; exit}' "$gm")"
    echo
    echo "require ("
    echo "  go.etcd.io/etcd/server/v3 $ETCD_VERSION"
    echo "  go.etcd.io/etcd/etcdctl/v3 $ETCD_VERSION"
    echo ")"
    echo
    # ../api, ../client/pkg, ../client/v3, ../pkg (FORBIDDEN_DEPENDENCY guards are dropped)
    replace_lines "$gm" | awk -v v="$ETCD_VERSION" '$3 ~ /^\.\.\// { print "replace " $1 " => " $1 " " v }'
    gm=$(gomod_file "go.etcd.io/etcd/etcdctl/v3@$ETCD_VERSION")
    replace_lines "$gm" | awk -v v="$ETCD_VERSION" '$3 ~ /^\.\.\// { print "replace " $1 " => " $1 " " v }'
    echo
    echo "tool go.etcd.io/etcd/server/v3"
    echo "tool go.etcd.io/etcd/etcdctl/v3"
  } | awk '!seen[$0]++ || $0 == ""' >"$w/go.mod"
  (cd "$w" && resolve etcd)
  (cd "$w" && gobuild etcd etcd "-s -w" go.etcd.io/etcd/server/v3)
  (cd "$w" && gobuild etcd etcdctl "-s -w" go.etcd.io/etcd/etcdctl/v3)
}

# ---------------------------------------------------------------- wrapper: flux (+ kwok, sops, age, helm)
# Each controller's go.mod has `replace .../api => ./api` (ignored: the wrapper uses the published
# api module its require line names) and non-local replaces (go-digest, kustomize api/kyaml,
# yaml.v3) that change what compiles: those are copied. When two modules replace the same module
# with different versions, the highest wins (reported).
build_flux() {
  local w=$DIR/src/flux m gm
  mkdir -p "$w"
  local mods=("github.com/fluxcd/source-controller@$SC_VERSION" "github.com/fluxcd/kustomize-controller@$KC_VERSION"
    "github.com/fluxcd/helm-controller@$HC_VERSION" "sigs.k8s.io/kwok@$KWOK_VERSION" "github.com/getsops/sops/v3@$SOPS_VERSION")
  local reps=$w/replaces.txt
  : >"$reps"
  for m in "${mods[@]}"; do
    gm=$(gomod_file "$m")
    replace_lines "$gm" | awk '$3 !~ /^\.\.?\//' >>"$reps"
  done
  # one line per replaced module: the highest version (sort -V) among the copies
  local chosen
  chosen=$(sort -u "$reps" | sort -k1,1 -k4,4V | awk '{last[$1]=$0} END {for (k in last) print last[k]}' | sort)
  local dup
  for dup in $(sort -u "$reps" | awk '{print $1}' | uniq -d); do
    log "flux wrapper: the modules replace $dup with different versions ($(awk -v m="$dup" '$1 == m {print $4}' "$reps" | sort -u | xargs)); keeping $(awk -v m="$dup" '$1 == m {print $4}' <<<"$chosen")"
  done
  {
    echo "module opencenter.local/kube-testbed/flux"
    echo
    echo "go 1.26.0"
    echo
    echo "require ("
    for m in "${mods[@]}"; do echo "  ${m%@*} ${m#*@}"; done
    echo ")"
    echo
    echo "$chosen" | sed 's/^/replace /'
    echo
    for m in github.com/fluxcd/source-controller github.com/fluxcd/kustomize-controller github.com/fluxcd/helm-controller \
      sigs.k8s.io/kwok/cmd/kwok github.com/getsops/sops/v3/cmd/sops filippo.io/age/cmd/age filippo.io/age/cmd/age-keygen \
      helm.sh/helm/v4/cmd/helm; do
      echo "tool $m"
    done
  } >"$w/go.mod"
  # age and helm come at the versions sops and the controllers require (no pin of their own)
  (cd "$w" && resolve flux)
  local flux_ld="-s -w" kwok_ld hv
  hv=$(cd "$w" && go list -m -f '{{.Version}}' helm.sh/helm/v4)
  kwok_ld="-s -w"   # kwok's version is a constant in pkg/consts
  (cd "$w" && gobuild flux source-controller "$flux_ld" github.com/fluxcd/source-controller)
  (cd "$w" && gobuild flux kustomize-controller "$flux_ld" github.com/fluxcd/kustomize-controller)
  (cd "$w" && gobuild flux helm-controller "$flux_ld" github.com/fluxcd/helm-controller)
  (cd "$w" && gobuild flux kwok "$kwok_ld" sigs.k8s.io/kwok/cmd/kwok)
  (cd "$w" && gobuild flux sops "-s -w" github.com/getsops/sops/v3/cmd/sops)
  (cd "$w" && gobuild flux age "-s -w" filippo.io/age/cmd/age)
  (cd "$w" && gobuild flux age-keygen "-s -w" filippo.io/age/cmd/age-keygen)
  (cd "$w" && gobuild flux helm "-s -w -X helm.sh/helm/v4/internal/version.version=$hv" helm.sh/helm/v4/cmd/helm)
  # the CRDs, from the same module versions the wrapper resolved
  local v
  for m in source-controller kustomize-controller helm-controller; do
    v=$(cd "$w" && go list -m -f '{{.Version}}' "github.com/fluxcd/$m")
    cp "$(moddir "github.com/fluxcd/$m@$v")"/config/crd/bases/*.yaml "$DIR/crds/"
  done
  chmod 644 "$DIR"/crds/*.yaml
  # kwok has no built-in stages (kwokctl adds them): take the "fast" node and pod lifecycles
  # (node ready at once, heartbeat through a Lease; pods Running at once) from the same module
  local kd
  kd=$(moddir "sigs.k8s.io/kwok@$(cd "$w" && go list -m -f '{{.Version}}' sigs.k8s.io/kwok)")/kustomize/stage
  for f in node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml \
    pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
    echo "---"; cat "$kd/$f"
  done >"$DIR/kwok-stages.yaml"
}

log "building into $DIR (GOMODCACHE/GOCACHE under $ROOT/go; nice $NICE)"
build_k8s
build_etcd
build_flux

# versions actually built (the wrappers' resolved module versions), for the README and reports
{
  echo "key $KEY"
  echo "go $(go env GOVERSION)"
  (cd "$DIR/src/k8s" && go list -m -f 'k8s-wrapper {{.Path}} {{.Version}}' k8s.io/kubernetes k8s.io/client-go)
  (cd "$DIR/src/etcd" && go list -m -f 'etcd-wrapper {{.Path}} {{.Version}}' go.etcd.io/etcd/server/v3 google.golang.org/grpc)
  (cd "$DIR/src/flux" && go list -m -f 'flux-wrapper {{.Path}} {{.Version}}{{with .Replace}} (replaced by {{.Version}}){{end}}' \
    github.com/fluxcd/source-controller github.com/fluxcd/kustomize-controller github.com/fluxcd/helm-controller \
    sigs.k8s.io/kwok github.com/getsops/sops/v3 filippo.io/age helm.sh/helm/v4 k8s.io/client-go \
    sigs.k8s.io/controller-runtime github.com/fluxcd/pkg/artifact)
} >"$DIR/versions.txt"
date -u +%FT%TZ >"$STAMP"
all_there || { log "some binary is missing after the build"; exit 1; }
log "done in $(( $(date +%s) - T_ALL )) s: $BIN"
echo "$BIN"
