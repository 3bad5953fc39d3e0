#!/usr/bin/env bash
# The package test: builds the .deb, installs it with dpkg like a user would, uses the installed command (CLI
# and wizard under Xvfb), removes it and checks that nothing of it is left. Needs root (dpkg) and apt-get.
# .ci/run calls it (see the README for when); run by hand from the project root: bash installers/linux/package-test.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
prefix=/opt/opencenter-installer
say() { echo "package-test: $*" >&2; }
fail() { say "FAIL: $*"; exit 1; }
apt_updated=""
apt_install() {
  if ! dpkg -s "$@" >/dev/null 2>&1; then
    [ -n "$apt_updated" ] || { apt-get update -qq; apt_updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

[ ! -e "$prefix" ] || fail "$prefix exists before the test: remove the installed package first (dpkg -r opencenter-installer)"

# what the build needs (Xvfb to train the CDS archive on the wizard's first frame) and what a desktop has: XDG
# menu folders (lxmenu-data, /usr/share/applications), the MIME database, the GTK the window uses
apt_install xvfb xauth libgtk-3-0 xdg-utils lxmenu-data shared-mime-info
mkdir -p /usr/share/applications

say "building the .deb (mvn -Ppackage package)"
rm -rf target/package
mvn -B -q -Ppackage -DskipTests -Dpackage.types=deb package
deb="$(ls target/package/opencenter-installer_*_amd64.deb)"
size=$(stat -c %s "$deb")
say "built $deb ($((size / 1024 / 1024)) MB)"

# dpkg -i does not fetch dependencies: install what the package's Depends names first (a user's apt does that)
deps="$(dpkg-deb -f "$deb" Depends | tr -d ',' | tr -s ' ')"
# shellcheck disable=SC2086 # a word list of package names
apt_install $deps
dpkg -i "$deb"

say "checking the installed files"
[ -x "$prefix/bin/opencenter-installer" ] || fail "no launcher in $prefix/bin"
[ "$(readlink /usr/bin/opencenter-installer)" = "$prefix/bin/opencenter-installer" ] || fail "no /usr/bin link"
desktop="$(grep -l "^Exec=$prefix/bin/opencenter-installer %f" /usr/share/applications/*.desktop)" \
  || fail "no menu entry in /usr/share/applications"
grep -q '^MimeType=application/x-opencenter-bundle' "$desktop" || fail "menu entry does not claim the bundle type"
grep -rqs 'opencenter-bundle' /usr/share/mime/packages/ || fail "MIME type not registered"

say "using the installed command"
home="$(mktemp -d)"
ws="$home/workspace"
version="$(HOME="$home" opencenter-installer --version)"
echo "$version" | grep -q "^opencenter-installer $(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)$" \
  || fail "--version printed: $version"
HOME="$home" opencenter-installer validate -f examples/sandbox-cluster.yaml || fail "validate of the example failed"
set +e
printf 'apiVersion: nope\n' >"$home/broken.yaml"
HOME="$home" opencenter-installer validate -f "$home/broken.yaml" >/dev/null 2>&1
rc=$?
set -e
[ "$rc" = 2 ] || fail "validate of a broken config exited $rc, not 2"
mkdir -p target/screenshots
rm -f target/screenshots/package-smoke.png
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" \
  opencenter-installer --workspace "$ws" --smoke-screenshot "$PWD/target/screenshots/package-smoke.png"
[ -s target/screenshots/package-smoke.png ] || fail "the installed wizard wrote no screenshot"
# JavaFX finds its native libraries in the runtime; it must not unpack copies into the user's home
[ ! -e "$home/.openjfx" ] || fail "JavaFX extracted its libraries to ~/.openjfx"

say "removing the package"
dpkg -r opencenter-installer
[ ! -e "$prefix" ] || fail "$prefix is still there: $(find "$prefix" | head -5)"
[ ! -e /usr/bin/opencenter-installer ] || fail "/usr/bin/opencenter-installer is still there"
[ ! -e "$desktop" ] || fail "$desktop is still there"
left="$(find /usr/share/applications /usr/share/mime/packages /usr/share/icons -name '*opencenter*' 2>/dev/null)"
[ -z "$left" ] || fail "left behind: $left"
dpkg --purge opencenter-installer >/dev/null
rm -rf "$home"
say "passed: installed, used and removed $(basename "$deb") ($size bytes)"
