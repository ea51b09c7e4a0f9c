#!/usr/bin/env bash
# Every user-visible string of an app (the console, the kiosk) has its Chinese translation: lupdate
# reads the sources and QML exactly as the build's update_translations target does, into a copy of
# the .ts file, and any message it marks unfinished (new, changed, or translated as empty) fails the
# test by name.
# To fix: ninja -C build update_translations, then translate what Qt Linguist shows as unfinished.
set -euo pipefail
cmake=$1 generator=$2 project_in=$3 lupdate=$4 ts=$5 app=$6
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cmake" -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$generator"
cp "$ts" "$work/check.ts"
"$lupdate" -project "$work/project.json" -no-obsolete -silent -ts "$work/check.ts" >"$work/lupdate.log" 2>&1 ||
  { cat "$work/lupdate.log"; echo "FAIL: lupdate failed"; exit 1; }
missing=$(grep -B4 -E 'type="unfinished"|<translation></translation>' "$work/check.ts" |
  sed -n 's:.*<source>\(.*\)</source>.*:\1:p' || true)
if [[ -n $missing ]]; then
  echo "FAIL: $(wc -l <<<"$missing") $app string(s) without a Chinese translation:"
  while IFS= read -r line; do echo "  $line"; done <<<"$missing"
  exit 1
fi
echo "every $app string has its zh_CN translation ($(grep -c '<message' "$work/check.ts") messages)"
