#!/usr/bin/env bash
# Check that no test-bed process holds a TCP/UDP socket to, or listens on, an address outside
# 127.0.0.0/8 and ::1. The processes are those whose pids up.sh (the shared test bed) and
# cluster-up.sh (the real lane's cluster) recorded in their state dirs' pids/, plus everything in
# their sessions (each is started with setsid; git-http's http-backend children).
# Usage: check-loopback.sh [STATE_DIR...]   default: the test bed's and the lane's state dirs
#        exit 0 = all loopback; 1 = offenders listed on stdout; 2 = nothing to check
# Env:   KUBE_TESTBED_STATE  test bed state dir (default /var/tmp/opencenter-kube-testbed/run)
#        KUBE_CLUSTER_STATE  lane state dir (default /var/tmp/opencenter-kube-testbed/cluster)
set -euo pipefail
if (($#)); then STATES=("$@"); else
  STATES=("${KUBE_TESTBED_STATE:-/var/tmp/opencenter-kube-testbed/run}"
          "${KUBE_CLUSTER_STATE:-/var/tmp/opencenter-kube-testbed/cluster}")
fi

declare -A NAME=()   # pid -> component (the lane's prefixed "cluster/")
for STATE in "${STATES[@]}"; do
  prefix=""; [[ -e $STATE/inputs.sha256 ]] && prefix=cluster/   # cluster-up.sh's state
  for f in "$STATE"/pids/*.pid; do
    [[ -e $f ]] || continue
    pid=$(cat "$f"); n=$prefix$(basename "$f" .pid)
    kill -0 "$pid" 2>/dev/null || { echo "$n (pid $pid) is not running"; continue; }
    for p in $(ps -o pid= --sid "$pid" 2>/dev/null) "$pid"; do NAME[$p]=$n; done
  done
done
if ((${#NAME[@]} == 0)); then echo "no test-bed process runs (no pid files in ${STATES[*]/%//pids})" >&2; exit 2; fi

# One awk pass over `ss -Htuanp` (-H no header, -t TCP, -u UDP, -a listeners too, -n numeric,
# -p owning processes): for each socket owned by a test-bed pid, a listener must be bound to
# loopback and a connection's peer must be loopback (127.x.y.z:p, [::1]:p, [::ffff:127.x.y.z]:p).
report=$(ss -Htuanp | awk -v pids="$(for p in "${!NAME[@]}"; do echo "$p ${NAME[$p]}"; done)" '
  BEGIN { n = split(pids, l, "\n"); for (i = 1; i <= n; i++) { split(l[i], f, " "); name[f[1]] = f[2] } }
  function loopback(a) { return a ~ /^(127\.[0-9.]+|\[::1\]|\[::ffff:127\.[0-9.]+\]):[0-9*]+$/ }
  {
    proto = $1; state = $2; local = $5; peer = $6; rest = $0; delete done
    while (match(rest, /pid=[0-9]+/)) {
      pid = substr(rest, RSTART + 4, RLENGTH - 4); rest = substr(rest, RSTART + RLENGTH)
      if (!(pid in name) || (pid in done)) continue
      done[pid] = 1; count++
      if (state == "LISTEN" || state == "UNCONN") {
        if (!loopback(local)) print name[pid] " (pid " pid ") listens on " local " (" proto ")"
      } else if (!loopback(peer)) {
        print name[pid] " (pid " pid ") " state " " local " -> " peer " (" proto ")"
      }
    }
  }
  END { print "sockets " count + 0 }')
seen=$(sed -n 's/^sockets //p' <<<"$report")
bad=$(grep -v '^sockets ' <<<"$report" || true)
if [[ -n $bad ]]; then
  echo "$bad"
  echo "FAIL: a test-bed process uses an address outside 127.0.0.0/8 and ::1"; exit 1
fi
echo "ok: $seen sockets of ${#NAME[@]} test-bed processes, all on 127.0.0.0/8 or ::1"
