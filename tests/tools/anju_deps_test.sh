#!/usr/bin/env bash
# The `anju` script's dependency step on a machine where packages are missing, with dpkg-query,
# apt-get, df and sudo replaced by recording stubs: it must install exactly what is missing and say
# so, and every failure must end non-zero with a reason. (A bare Debian 12 once made `./anju test`
# exit 1 silently: dpkg-query exits 1 for an unknown package and `set -e` ended the script.)
# Usage: anju_deps_test.sh PATH/TO/anju
set -uo pipefail
ANJU=${1:?usage: anju_deps_test.sh PATH/TO/anju}
failures=0 cases=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A fake machine in $1: dpkg's database is the file installed (a package a line), apt-get records
# its calls and "installs" into that file; behaviour is steered by files named after the failure.
make_machine() {
  local m=$1
  mkdir -p "$m/bin" "$m/state"
  : >"$m/installed"
  cat >"$m/bin/dpkg-query" <<STUB
#!/usr/bin/env bash
# dpkg-query -W -f=FORMAT PKG...: known packages on stdout, "no packages found" for the rest, exit 1.
shift 2; rc=0
[[ -f $m/queried ]] || echo "\$*" >"$m/queried"
for p in "\$@"; do
  if grep -qx "\$p" "$m/installed"; then echo "\$p installed"
  else echo "dpkg-query: no packages found matching \$p" >&2; rc=1; fi
done
exit \$rc
STUB
  cat >"$m/bin/apt-get" <<STUB
#!/usr/bin/env bash
echo "\$*" >>"$m/apt.calls"
[[ \$1 == update && -f $m/offline ]] && {
  echo "W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving 'deb.debian.org'"
  echo "W: Some index files failed to download. They have been ignored, or old ones used instead."
  exit 0; }
[[ \$1 == update ]] && exit 0
pkgs=(); for a in "\$@"; do [[ \$a == -* || \$a == install || \$a == Dpkg::* ]] || pkgs+=("\$a"); done
[[ -f $m/unknown ]] && { echo "E: Unable to locate package \$(cat $m/unknown)"; exit 100; }
echo "0 upgraded, \${#pkgs[@]} newly installed, 0 to remove and 0 not upgraded."
echo "Need to get 1 MB of archives."
for p in "\${pkgs[@]}"; do echo "Get:1 http://deb.debian.org/debian bookworm/main amd64 \$p 1.0 [1 kB]"; done
for p in "\${pkgs[@]}"; do echo "Setting up \$p (1.0) ..."; echo "\$p" >>"$m/installed"; done
STUB
  cat >"$m/bin/df" <<STUB
#!/usr/bin/env bash
[[ -f $m/diskfull ]] && avail=120 || avail=50000
echo "Filesystem 1048576-blocks Used Available Capacity Mounted on"
echo "/dev/vda 100000 1000 \$avail 50% /"
STUB
  printf '#!/bin/sh\nexit 3\n' >"$m/bin/systemctl"
  chmod +x "$m/bin"/*
}

run_deps() {  # machine [env...]: runs `anju deps` there; output in $m/out, status in $m/rc
  local m=$1; shift
  # Packages only: no model download from a test (ANJU_NO_MODELS; the fetch checks its own file).
  env PATH="$m/bin:$PATH" ANJU_STATE_DIR="$m/state" ANJU_NO_MODELS=1 "$@" timeout 60 bash "$ANJU" deps \
    >"$m/out" 2>&1 </dev/null
  echo $? >"$m/rc"
}

check() {  # name condition-command...
  local name=$1; shift
  cases=$((cases + 1))
  if "$@"; then echo "ok   $name"
  else echo "FAIL $name"; failures=$((failures + 1)); fi
}
said() { grep -qE "$2" "$1/out"; }
status_is() { [[ $(cat "$1/rc") == "$2" ]]; }
status_not_zero() { [[ $(cat "$1/rc") != 0 ]]; }
show() { sed 's/^/     | /' "$1/out"; }

# 1. Most packages missing: apt-get update, then install exactly the missing ones, and say so.
m=$work/bare; make_machine "$m"; printf '%s\n' cmake git openssl >"$m/installed"
run_deps "$m"
asked=$(grep '^install' "$m/apt.calls" | head -1 | tr ' ' '\n' | grep -vE '^(-|install$|Dpkg::)' | sort)
expected=$(tr ' ' '\n' <"$m/queried" | grep -vxE 'cmake|git|openssl' | sort)
check "bare machine: exit 0" status_is "$m" 0
check "bare machine: apt-get update first" [ "$(head -1 "$m/apt.calls" | cut -d' ' -f1)" = update ]
check "bare machine: installs exactly the missing packages ($(grep -c . <<<"$expected"))" [ "$asked" = "$expected" ]
check "bare machine: the list is not empty" [ -n "$asked" ]
check "bare machine: names what is missing" said "$m" "[0-9]+ of [0-9]+ Debian packages are missing: .*qt6-base-dev"
check "bare machine: says it installs" said "$m" "installing [0-9]+ packages"
check "bare machine: shows apt's progress" said "$m" "apt: set up [0-9]+ of [0-9]+"
check "bare machine: says when done" said "$m" "packages installed"
((failures)) && show "$m"

# 2. Everything installed: no apt at all, and quiet.
run_deps "$m"
check "all installed: exit 0" status_is "$m" 0
check "all installed: apt-get not called again" [ "$(grep -c '^install' "$m/apt.calls")" = 1 ]
check "all installed: nothing printed" [ ! -s "$m/out" ]

# 3. A package the mirror does not have.
m=$work/unknown; make_machine "$m"; echo qt6-base-dev >"$m/unknown"
run_deps "$m"
check "unknown package: non-zero exit" status_not_zero "$m"
check "unknown package: named" said "$m" "error: apt-get install failed: package not found: qt6-base-dev"

# 4. No network to the mirror (apt-get update exits 0 and warns).
m=$work/offline; make_machine "$m"; touch "$m/offline"
run_deps "$m"
check "offline: non-zero exit" status_not_zero "$m"
check "offline: says the mirror cannot be reached" said "$m" "error: apt-get update failed: the package mirror cannot be reached"
check "offline: nothing installed" [ "$(grep -c '^install' "$m/apt.calls")" = 0 ]

# 5. Disk full before anything is downloaded.
m=$work/diskfull; make_machine "$m"; touch "$m/diskfull"
run_deps "$m"
check "disk full: non-zero exit" status_not_zero "$m"
check "disk full: says so" said "$m" "error: only 120 MB free on /var"
check "disk full: apt-get not called" [ ! -f "$m/apt.calls" ]

# 6. Not root, and sudo wants a password nobody can type.
m=$work/nosudo; make_machine "$m"
# shellcheck disable=SC2016  # the stub expands them, not this script
printf '#!/bin/sh\n[ "$1" = -u ] && { echo 1000; exit 0; }\nexec /usr/bin/id "$@"\n' >"$m/bin/id"
printf '#!/bin/sh\necho "sudo: a password is required" >&2\nexit 1\n' >"$m/bin/sudo"
chmod +x "$m/bin/id" "$m/bin/sudo"
run_deps "$m"
check "no sudo: non-zero exit" status_not_zero "$m"
check "no sudo: says why" said "$m" "error: apt-get update failed: sudo needs a password"

# 7. Never silent: every non-zero exit above printed an error line.
for m in "$work"/unknown "$work"/offline "$work"/diskfull "$work"/nosudo; do
  check "$(basename "$m"): an error line" said "$m" "anju:.* error: "
done

echo "anju deps: $((cases - failures)) passed, $failures failed"
((failures == 0))
