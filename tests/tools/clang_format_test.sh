#!/usr/bin/env bash
# Every C++ file the project tracks is formatted by the repo's .clang-format (the habit, checked).
# Lists the files that are not; fix with: clang-format -i FILE. Usage: clang_format_test.sh ROOT
set -euo pipefail
root=${1:?usage: clang_format_test.sh PROJECT_ROOT}
cd "$root"
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find . -name '*.cpp' -o -name '*.h')
((${#files[@]})) || { echo "FAIL: no C++ files found under $root"; exit 1; }
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
  echo "FAIL: ${#bad[@]} file(s) not clang-formatted: ${bad[*]}"
  exit 1
fi
echo "all ${#files[@]} C++ files clang-formatted"
