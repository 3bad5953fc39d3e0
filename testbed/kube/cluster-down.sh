#!/usr/bin/env bash
# Stop the lane cluster that cluster-up.sh started, by its pid files only (never by name: the
# shared test bed of up.sh runs the same programs).
# Usage: cluster-down.sh [--state DIR] [--wipe]   (--wipe also deletes the state dir)
# Env:   KUBE_CLUSTER_STATE  state dir (default /var/tmp/opencenter-kube-testbed/cluster)
set -uo pipefail
STATE=${KUBE_CLUSTER_STATE:-/var/tmp/opencenter-kube-testbed/cluster}
WIPE=""
while (($#)); do
  case $1 in
    --state) STATE=$2; shift 2 ;;
    --wipe) WIPE=1; shift ;;
    *) echo "cluster-down.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
RUN=$STATE/pids

stop_pid() {   # stop_pid NAME EXPECTED_EXE_SUBSTRING
  local pidf=$RUN/$1.pid pid i
  [[ -e $pidf ]] || return 0
  pid=$(cat "$pidf" 2>/dev/null)
  if [[ -z $pid ]] || ! kill -0 "$pid" 2>/dev/null; then rm -f "$pidf"; return 0; fi
  if [[ $(readlink "/proc/$pid/exe" 2>/dev/null) != *"$2"* ]]; then
    echo "pid $pid in $pidf is not $2; leaving it alone" >&2; rm -f "$pidf"; return 0
  fi
  kill -TERM "$pid"
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) == Z ]] && break   # no reaping init here
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]; then
    echo "$1 (pid $pid) still alive after 10 s; sending KILL" >&2
    kill -KILL "$pid"
  fi
  rm -f "$pidf"
  echo "stopped $1 (pid $pid)" >&2
}

# clients first, etcd last
stop_pid registrar python3
stop_pid endpoint-proxy python3
stop_pid kwok kwok
stop_pid kube-controller-manager kube-controller-manager
stop_pid kube-apiserver kube-apiserver
stop_pid etcd etcd
for f in "$RUN"/*.pid; do
  [[ -e $f ]] && echo "unknown pid file $f; stop it by hand" >&2
done

if [[ -n $WIPE && -d $STATE ]]; then
  rm -rf "$STATE"; echo "wiped $STATE" >&2
fi
exit 0
