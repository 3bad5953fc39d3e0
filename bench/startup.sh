#!/usr/bin/env bash
# Startup benchmark: wizard vs hello-world JavaFX window, median of 7 runs each; writes target/bench/startup.json.
# Uses the real display when DISPLAY is set (e.g. under xvfb-run), headless Monocle otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec mvn -B -Pbench verify "$@"
