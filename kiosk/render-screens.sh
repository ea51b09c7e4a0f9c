#!/usr/bin/env bash
# Renders every kiosk screen with sample states, in both languages, at 1920x1080 and at a bedside
# 1280x800, to PNG files for review (no broker needed):
#   kiosk/render-screens.sh [BUILD_DIR] [OUT_DIR] [--theme high-contrast]
set -euo pipefail
build=${1:-$(dirname "$0")/../build}
out=${2:-$build/shots}
shift $(( $# > 2 ? 2 : $# )) || true
extra=("$@")
kiosk=$build/bin/anju-kiosk
[[ -x $kiosk ]] || { echo "render-screens: no $kiosk (build anju-kiosk first)" >&2; exit 1; }
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

shoot() {  # mode sample screen
  local mode=$1 sample=$2 screen=$3
  for lang in zh en; do
    for size in 1920x1080 1280x800; do
      local file="$out/$mode-$screen-$sample-$lang-$size.png"
      timeout -s KILL 30 "$kiosk" --room 101 --node kiosk-101 --mode "$mode" --lang "$lang" --size "$size" \
        --screenshot "$file" --sample "$sample" --screen "$screen" "${extra[@]}" 2>/dev/null ||
        { echo "render-screens: failed: $file" >&2; exit 1; }
    done
  done
}

for sample in idle offline connecting placed acknowledged present; do shoot bedside "$sample" home; done
shoot bedside idle today
shoot bedside idle staff-pin
shoot bedside placed staff-actions
for sample in idle connecting placed acknowledged present; do shoot bathroom "$sample" home; done
for sample in idle connecting acknowledged; do shoot hallway "$sample" home; done
shots=("$out"/*.png)
echo "render-screens: ${#shots[@]} screens in $out"
