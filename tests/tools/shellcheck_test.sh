#!/usr/bin/env bash
# Every shell script of the project passes shellcheck with nothing to report (style notes
# included): `anju`, .ci/run, the tools and every *.sh. Usage: shellcheck_test.sh PROJECT_ROOT
set -uo pipefail
root=${1:?usage: shellcheck_test.sh PROJECT_ROOT}
command -v shellcheck >/dev/null || { echo "shellcheck is not installed (./anju deps installs it)"; exit 1; }
scripts=()
while IFS= read -r -d '' f; do
  head -c 64 "$f" | head -1 | grep -qE '^#!.*\b(ba)?sh\b' && scripts+=("$f")
done < <(find "$root" \( -path "$root/build*" -o -path "$root/.git" -o -path "$root/.anju" \) -prune -o \
  -type f \( -name '*.sh' -o -path "$root/tools/*" -o -path "$root/anju" -o -path "$root/.ci/*" \) -print0)
((${#scripts[@]} >= 5)) || { echo "found only ${#scripts[@]} scripts under $root: is this the project?"; exit 1; }
if shellcheck --external-sources "${scripts[@]}"; then
  echo "shellcheck: ${#scripts[@]} passed, 0 failed"
else
  echo "shellcheck: the findings above (scripts checked: ${scripts[*]#"$root"/})"
  exit 1
fi
