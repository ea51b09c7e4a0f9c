#!/usr/bin/env bash
# Every C++ file the project tracks is formatted by the repo's .clang-format (the habit, checked).
# Lists the files that are not; fix with: clang-format -i FILE. Usage: clang_format_test.sh ROOT
set -euo pipefail
root=${1:?usage: clang_format_test.sh PROJECT_ROOT}
cd "$root"
# The tracked files; without git (or a checkout git will not read), the sources minus builds.
if ! mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null) || ((${#files[@]} == 0)); then
  mapfile -t files < <(find . \( -path './build*' -o -path ./.git -o -path ./.anju \) -prune -o \
    -type f \( -name '*.cpp' -o -name '*.h' \) -print)
fi
((${#files[@]})) || { echo "FAIL: no C++ files found under $root"; exit 1; }
# One clang-format per core over batches of files; each finding starts with "file:line:col:".
report=$(printf '%s\0' "${files[@]}" |
  xargs -0 -n 50 -P "$(nproc)" clang-format --dry-run -Werror 2>&1 || true)
mapfile -t bad < <(grep -oE '^[^:[:space:]]+\.(cpp|h):[0-9]+:[0-9]+: error' <<<"$report" | cut -d: -f1 | sort -u)
if ((${#bad[@]})); then
  echo "FAIL: ${#bad[@]} file(s) not clang-formatted: ${bad[*]}"
  exit 1
fi
if grep -q . <<<"$report"; then
  echo "FAIL: clang-format said:"; echo "$report"; exit 1
fi
echo "all ${#files[@]} C++ files clang-formatted"
