#!/usr/bin/env bash
# Renders the icon rasters every OS package wants from the four hand-written SVGs
# in this folder. Rerunnable: same SVGs and tools in, same bytes out, so the
# generated files are committed and this only needs running after an SVG changes.
#
# Needs (Debian/Ubuntu):  apt-get install librsvg2-bin icnsutils icoutils
#   rsvg-convert (librsvg2-bin)  SVG -> PNG at each size
#   icotool      (icoutils)      PNGs -> Windows .ico
#   png2icns     (icnsutils)     PNGs -> macOS .icns
# ImageMagick is not needed.
#
# Usage: assets/make-icons.sh   (from anywhere; writes into assets/linux, windows, macos)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

missing=()
for tool in rsvg-convert:librsvg2-bin icotool:icoutils png2icns:icnsutils; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if ((${#missing[@]})); then
  echo "make-icons.sh: missing tools; install them with: apt-get install ${missing[*]}" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Below 32 px the full drawing's spokes and vertex nodes blur together, so the
# hinted *-small.svg variants are used there.
source_for() { # $1 = icon|bundle, $2 = size in px
  if (($2 < 32)); then echo "$1-small.svg"; else echo "$1.svg"; fi
}

render() { # $1 = icon|bundle, $2 = size, $3 = output png
  rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio "$(source_for "$1" "$2")" -o "$3"
}

# macOS draws app icons on a 1024 grid whose body is 824 px with transparent
# margin around it; Windows and Linux icons fill the square, so only the .icns
# gets this padding.
render_mac() { # $1 = icon|bundle, $2 = size, $3 = output png
  local body=$(($2 * 824 / 1024))
  local margin=$((($2 - body) / 2))
  rsvg-convert --width "$body" --height "$body" --keep-aspect-ratio \
    --page-width "$2" --page-height "$2" --left "$margin" --top "$margin" \
    "$(source_for "$1" "$2")" -o "$3"
}

mkdir -p linux windows macos

# Linux: hicolor sizes for the app and for the MIME type. jpackage takes one PNG
# per --icon / file association: the app icon at 256 px (the desktop entry points
# at the file itself), the bundle icon at 128 px because jpackage 17 registers a
# MIME-type icon under hicolor at 128 px at most, whatever size it is given.
for size in 16 24 32 48 64 128 256 512; do
  render icon "$size" "linux/icon-$size.png"
done
for size in 16 24 32 48 64 128 256; do
  render bundle "$size" "linux/bundle-$size.png"
done
cp linux/icon-256.png linux/opencenter-installer.png
cp linux/bundle-128.png linux/opencenter-bundle.png

# Windows: one .ico per icon; the 256 px image is stored as PNG (Vista+ icons),
# the small ones as 32-bit bitmaps, which every shell version reads.
make_ico() { # $1 = icon|bundle, $2 = output .ico
  local pngs=()
  for size in 16 24 32 48 64; do
    render "$1" "$size" "$work/$1-win-$size.png"
    pngs+=("$work/$1-win-$size.png")
  done
  render "$1" 256 "$work/$1-win-256.png"
  icotool --create --output="$2" "${pngs[@]}" --raw="$work/$1-win-256.png"
}
make_ico icon windows/opencenter-installer.ico
make_ico bundle windows/opencenter-bundle.ico

# macOS: png2icns picks the icns slot from each PNG's size (16 32 48 128 256 512 1024).
make_icns() { # $1 = icon|bundle, $2 = output .icns
  local pngs=()
  for size in 16 32 48 128 256 512 1024; do
    render_mac "$1" "$size" "$work/$1-mac-$size.png"
    pngs+=("$work/$1-mac-$size.png")
  done
  png2icns "$2" "${pngs[@]}" >/dev/null
}
make_icns icon macos/opencenter-installer.icns
make_icns bundle macos/opencenter-bundle.icns

echo "make-icons.sh: wrote $(find linux windows macos -type f | wc -l) files under $here"
