#!/usr/bin/env bash
# Builds a self-contained Linux package of a JavaFX app: a jlink runtime (JDK modules + JavaFX as real modules,
# JavaFX's native libraries in runtime/lib so nothing is unpacked into ~/.openjfx at start), a CDS archive
# trained on the app's own start-up, and jpackage's .deb (and .rpm when rpmbuild exists) or app image.
# `mvn -Ppackage package` calls it for the installer; bench/package.sh calls it for the hello-world app, so both
# are packaged exactly the same way.
#
# Settings (environment):
#   APP_NAME APP_VERSION MAIN_CLASS   what to package
#   MAIN_JAR      the app's jar; copied into INPUT_DIR
#   INPUT_DIR     the app's library jars without JavaFX (they go on the class path)
#   FX_DIR        a folder with the JavaFX jars; those holding a module-info (the platform jars) are linked into
#                 the runtime as modules
#   MODULES       modules to link, comma-separated
#   JAVA_OPTIONS  JVM options of the launcher (and of the CDS training start), space-separated (optional)
#   DEST          output folder (runtime/, cds/, packages)
#   TYPES         space-separated jpackage types: deb rpm app-image (default "deb rpm"; rpm only with rpmbuild)
#   TRAIN_ARGS    arguments that start the app, show its first window and exit (for the CDS class list)
#   JPACKAGE_ARGS an @argfile with the package's identity and desktop integration (optional)
set -euo pipefail

: "${APP_NAME:?}" "${APP_VERSION:?}" "${MAIN_JAR:?}" "${MAIN_CLASS:?}" "${INPUT_DIR:?}" "${FX_DIR:?}"
: "${MODULES:?}" "${DEST:?}"
TYPES="${TYPES:-deb rpm}"
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
JAVA_OPTIONS="${JAVA_OPTIONS:-}"
log() { echo "package.sh [$APP_NAME]: $*" >&2; }
mkdir -p "$DEST" "$INPUT_DIR"
DEST="$(cd "$DEST" && pwd)" INPUT_DIR="$(cd "$INPUT_DIR" && pwd)" FX_DIR="$(cd "$FX_DIR" && pwd)"

runtime="$DEST/runtime"
cds="$DEST/cds"
rm -rf "$runtime" "$cds"
mkdir -p "$cds"
cp "$MAIN_JAR" "$INPUT_DIR/"
main_jar_name="$(basename "$MAIN_JAR")"
fx_jars=()
for jar in "$FX_DIR"/*.jar; do
  # grep -c reads to the end: with pipefail, grep -q could stop jar with SIGPIPE and fail the test
  [ "$("$JAVA_HOME/bin/jar" tf "$jar" | grep -cx 'module-info.class')" -gt 0 ] && fx_jars+=("$jar")
done
[ "${#fx_jars[@]}" -gt 0 ] || { log "no JavaFX platform jars in $FX_DIR"; exit 1; }
FX_JARS="$(IFS=:; echo "${fx_jars[*]}")"

# 1. the runtime. JavaFX's .so files are left out of the module image and put in runtime/lib, where JavaFX
#    looks first; otherwise it would extract them to the user's home on every new version.
log "jlink: $MODULES"
"$JAVA_HOME/bin/jlink" \
  --module-path "$JAVA_HOME/jmods:$FX_JARS" \
  --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages \
  --exclude-resources='glob:/javafx.graphics/lib*.so' \
  --output "$runtime"
for jar in "${fx_jars[@]}"; do
  (cd "$runtime/lib" && "$JAVA_HOME/bin/jar" xf "$jar" $("$JAVA_HOME/bin/jar" tf "$jar" | grep -E '^lib[^/]*\.so$' || true))
done
# jlink's libjvm.so keeps its symbol table; users never debug it
strip --strip-unneeded "$runtime/lib/server/libjvm.so" 2>/dev/null || true

# 2. CDS: record the classes the app loads up to its first window, keep those the runtime image holds (the
#    app's own jars are installed elsewhere, and CDS ties archived class-path classes to their build paths),
#    and make that the runtime's default archive, so the launcher needs no extra option.
classpath="$(find "$INPUT_DIR" -maxdepth 1 -name '*.jar' | sort | paste -sd:)"
# shellcheck disable=SC2206 # options and arguments are word lists
train=("$runtime/bin/java" -XX:DumpLoadedClassList="$cds/loaded.lst" $JAVA_OPTIONS -cp "$classpath" "$MAIN_CLASS"
       ${TRAIN_ARGS:-})
trained=""
if [ -z "${TRAIN_ARGS:-}" ]; then
  :
elif [ -n "${DISPLAY:-}" ]; then
  "${train[@]}" >"$cds/train.log" 2>&1 && trained=1
elif command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1280x800x24" "${train[@]}" >"$cds/train.log" 2>&1 && trained=1
fi
if [ -n "$trained" ]; then
  "$JAVA_HOME/bin/jimage" list "$runtime/lib/modules" \
    | awk '/\.class$/ { gsub(/^ +/, ""); sub(/\.class$/, ""); print }' >"$cds/image-classes.txt"
  awk 'NR == FNR { image[$1] = 1; next }
       /^#/ { next }
       /^@lambda-proxy/ { if ($2 in image) print; next }
       /^@/ { print; next }
       ($1 in image) { print }' "$cds/image-classes.txt" "$cds/loaded.lst" >"$cds/classes.lst"
  rm -f "$runtime/lib/server/classes.jsa" "$runtime/lib/server/classes_nocoops.jsa"
  "$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$cds/classes.lst" \
    -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" >"$cds/dump.log" 2>&1
  log "CDS archive: $(grep -vc '^@' "$cds/classes.lst") classes from a training start"
else
  # no display to train on: the JDK's own default class list still saves most of java.base's start-up
  "$runtime/bin/java" -Xshare:dump >"$cds/dump.log" 2>&1
  log "CDS archive: JDK default class list only (no display for a training start: install xvfb)"
fi

# 3. the app image, with a launcher of our own: jpackage 17's native launcher asks rpm and dpkg which package owns
#    it on every start (`dpkg -S` over the whole package database: ~0.7 s before the JVM even starts on a desktop).
#    The script does what the native launcher's .cfg says: the bundled runtime, the jars in lib/app, the main class.
image="$DEST/image"
rm -rf "$image"
log "jpackage --type app-image"
args=(--type app-image --dest "$image" --name "$APP_NAME" --app-version "$APP_VERSION"
      --runtime-image "$runtime" --input "$INPUT_DIR" --main-jar "$main_jar_name" --main-class "$MAIN_CLASS")
"$JAVA_HOME/bin/jpackage" "${args[@]}"
launcher="$image/$APP_NAME/bin/$APP_NAME"
cat >"$launcher" <<LAUNCHER
#!/bin/sh
# $APP_NAME $APP_VERSION: the bundled Java runtime with the app's jars (written by installers/linux/package.sh)
root="\$(dirname "\$(dirname "\$(readlink -f "\$0")")")"
exec "\$root/lib/runtime/bin/java" $JAVA_OPTIONS -cp "\$root/lib/app/*" $MAIN_CLASS "\$@"
LAUNCHER
chmod 755 "$launcher"

# 4. the packages, from that image
for type in $TYPES; do
  if [ "$type" = rpm ] && ! command -v rpmbuild >/dev/null; then
    log "rpm skipped: rpmbuild not installed (apt-get install rpm)"
    continue
  fi
  [ "$type" = app-image ] && continue # the image is in $DEST/image
  log "jpackage --type $type"
  args=(--type "$type" --dest "$DEST" --name "$APP_NAME" --app-version "$APP_VERSION" --app-image "$image/$APP_NAME")
  [ -z "${JPACKAGE_ARGS:-}" ] || args+=("@$JPACKAGE_ARGS")
  "$JAVA_HOME/bin/jpackage" "${args[@]}"
done
ls -l "$DEST" >&2
