#!/usr/bin/env bash
# Package benchmark: builds the installer's .deb (mvn -Ppackage package) and a hello-world JavaFX app packaged
# the same way (installers/linux/package.sh, same modules, same CDS training, same jpackage), installs both with
# dpkg, then measures start to first window (cold and warm), idle RSS with the window open and the .deb's size,
# and writes target/bench/package.json. Needs root (dpkg, dropping the page cache) and a display or xvfb-run.
#   bash bench/package.sh            # RUNS=7 by default; REBUILD=0 reuses target/package's .deb
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${RUNS:-7}"
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "bench/package.sh: needs a display or xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
[ "$(id -u)" = 0 ] || { echo "bench/package.sh: run as root (it installs the packages with dpkg)" >&2; exit 1; }

app_deb="$(ls target/package/opencenter-installer_*_amd64.deb 2>/dev/null || true)"
if [ -z "$app_deb" ] || [ "${REBUILD:-1}" = 1 ]; then
  mvn -B -q -Ppackage -DskipTests -Dpackage.types=deb package
  app_deb="$(ls target/package/opencenter-installer_*_amd64.deb)"
fi

# the hello-world app: the startup benchmark's floor window, compiled on its own
hello=target/bench/hello
rm -rf "$hello"
mkdir -p "$hello/classes" "$hello/input"
javac -d "$hello/classes" --module-path "$(ls target/package/javafx/*-linux.jar | paste -sd:)" \
  --add-modules javafx.controls desktop/src/test/java/io/opencenter/installer/bench/HelloFxWindow.java
jar --create --file "$hello/hello.jar" -C "$hello/classes" .
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" desktop/pom.xml; }
APP_NAME=opencenter-hello JAVA_OPTIONS="$(pom_property package.java.options)" APP_VERSION=1.0.0 \
  MAIN_JAR="$hello/hello.jar" MAIN_CLASS=io.opencenter.installer.bench.HelloFxWindow INPUT_DIR="$hello/input" \
  FX_DIR=target/package/javafx MODULES="$(pom_property package.modules)" DEST="$hello/package" TYPES=deb \
  TRAIN_ARGS=--exit-when-shown \
  bash installers/linux/package.sh
hello_deb="$(ls "$hello"/package/opencenter-hello_*_amd64.deb)"

for pkg in opencenter-installer opencenter-hello; do
  dpkg -s "$pkg" >/dev/null 2>&1 && dpkg -r "$pkg" >/dev/null
done
dpkg -i "$app_deb" "$hello_deb" >/dev/null
trap 'dpkg -r opencenter-installer opencenter-hello >/dev/null 2>&1 || true' EXIT

workspace="$(mktemp -d)"
java bench/PackageBench.java /opt/opencenter-installer/bin/opencenter-installer \
  /opt/opencenter-hello/bin/opencenter-hello "$app_deb" target/bench/package.json "$RUNS" "$workspace"
rm -rf "$workspace"
