#!/usr/bin/env bash
# Check that no test-bed process holds a TCP/UDP socket to, or listens on, an address outside
# 127.0.0.0/8 and ::1. The processes are those whose pids up.sh recorded in $STATE/pids, plus
# everything in their sessions (up.sh starts each with setsid; git-http's http-backend children).
# Usage: check-loopback.sh   exit 0 = all loopback; 1 = offenders listed on stdout; 2 = nothing to check
# Env:   KUBE_TESTBED_STATE  state dir (default /var/tmp/opencenter-kube-testbed/run)
set -euo pipefail
STATE=${KUBE_TESTBED_STATE:-/var/tmp/opencenter-kube-testbed/run}
RUN=$STATE/pids

declare -A NAME=()   # pid -> test-bed component
for f in "$RUN"/*.pid; do
  [[ -e $f ]] || continue
  pid=$(cat "$f"); n=$(basename "$f" .pid)
  kill -0 "$pid" 2>/dev/null || { echo "$n (pid $pid) is not running"; continue; }
  for p in $(ps -o pid= --sid "$pid" 2>/dev/null) "$pid"; do NAME[$p]=$n; done
done
if ((${#NAME[@]} == 0)); then echo "no test-bed process runs (no pid files in $RUN)" >&2; exit 2; fi

# loopback ADDR:PORT as ss prints it: 127.x.y.z:p, [::1]:p, [::ffff:127.x.y.z]:p
loopback() { [[ $1 =~ ^(127\.[0-9.]+|\[::1\]|\[::ffff:127\.[0-9.]+\]):[0-9*]+$ ]]; }

bad=0 seen=0
# -H no header, -t TCP, -u UDP, -a listeners too, -n numeric, -p owning processes
while read -r proto state _ _ local peer procs; do
  for pid in $(grep -o 'pid=[0-9]*' <<<"$procs" | cut -d= -f2 | sort -u); do
    [[ -n ${NAME[$pid]:-} ]] || continue
    seen=$((seen + 1))
    if [[ $state == LISTEN || $state == UNCONN ]]; then
      loopback "$local" || { echo "${NAME[$pid]} (pid $pid) listens on $local ($proto)"; bad=1; }
    else
      loopback "$peer" || { echo "${NAME[$pid]} (pid $pid) $state $local -> $peer ($proto)"; bad=1; }
    fi
  done
done < <(ss -Htuanp)

if ((bad)); then echo "FAIL: a test-bed process uses an address outside 127.0.0.0/8 and ::1"; exit 1; fi
echo "ok: $seen sockets of ${#NAME[@]} test-bed processes, all on 127.0.0.0/8 or ::1"
