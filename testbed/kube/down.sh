#!/usr/bin/env bash
# Stop the processes that up.sh started, using only its pid files (never by name: other
# etcd or python processes on the machine are left alone).
# Usage: down.sh [--wipe]   (--wipe also deletes the state dir: etcd data, PKI, git repos, charts)
# Env:   KUBE_TESTBED_STATE  state dir (default /var/tmp/opencenter-kube-testbed/run)
set -uo pipefail
STATE=${KUBE_TESTBED_STATE:-/var/tmp/opencenter-kube-testbed/run}
RUN=$STATE/pids

stop_pid() {   # stop_pid NAME EXPECTED_EXE_SUBSTRING
  local name=$1 exe=$2 pidf=$RUN/$1.pid pid i
  [[ -e $pidf ]] || return 0
  pid=$(cat "$pidf" 2>/dev/null)
  if [[ -z $pid ]] || ! kill -0 "$pid" 2>/dev/null; then rm -f "$pidf"; return 0; fi
  # a stale pid file may name a reused pid: only stop what is still our program
  if [[ $(readlink "/proc/$pid/exe" 2>/dev/null) != *"$exe"* ]]; then
    echo "pid $pid in $pidf is not $exe; leaving it alone" >&2; rm -f "$pidf"; return 0
  fi
  kill -TERM "$pid"
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    # a zombie (no reaping init here) counts as stopped
    [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) == Z ]] && break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]; then
    echo "$name (pid $pid) still alive after 20 s; sending KILL" >&2
    kill -KILL "$pid"
  fi
  rm -f "$pidf"
  echo "stopped $name (pid $pid)" >&2
}

# clients first, then the API server, etcd last (so nothing logs a storm of connection errors)
stop_pid helm-controller helm-controller
stop_pid kustomize-controller kustomize-controller
stop_pid source-controller source-controller
stop_pid kwok kwok
stop_pid kube-scheduler kube-scheduler
stop_pid kube-controller-manager kube-controller-manager
stop_pid git-http python3
stop_pid helm-repo python3
stop_pid kube-apiserver kube-apiserver
stop_pid etcd etcd
# anything else up.sh may have recorded
for f in "$RUN"/*.pid; do
  [[ -e $f ]] || continue
  echo "unknown pid file $f; stop it by hand" >&2
done

if [[ ${1:-} == --wipe ]]; then
  rm -rf "$STATE"; echo "wiped $STATE" >&2
fi
exit 0
