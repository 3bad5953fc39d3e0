#!/usr/bin/env bash
# Startup benchmark: wizard vs hello-world JavaFX window, median of 7 runs each; writes target/bench/startup.json.
# A real window is what users get, so without DISPLAY it runs under xvfb-run when that is installed;
# with neither, both windows use headless Monocle (slower glass/prism start, a different ratio).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" mvn -B -Pbench verify "$@"
fi
exec mvn -B -Pbench verify "$@"
