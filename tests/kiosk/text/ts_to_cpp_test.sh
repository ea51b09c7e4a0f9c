#!/usr/bin/env bash
# anju-ts-to-cpp keeps finished translations of one context by key, decodes XML entities, leaves
# out unfinished and vanished messages, and refuses a message without a key.
set -euo pipefail
tool=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/in.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Other</name>
    <message>
        <source>Elsewhere</source>
        <comment>call_nurse</comment>
        <translation>别处</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Call nurse</source>
        <comment>call_nurse</comment>
        <translation>呼叫护士</translation>
    </message>
    <message>
        <source>Tea &amp; &quot;cake&quot; &lt;now&gt;</source>
        <comment>tea</comment>
        <translation>茶 &amp; &quot;点心&quot; &#x4e2d;</translation>
    </message>
    <message>
        <source>New words</source>
        <comment>new_words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old words</source>
        <comment>old_words</comment>
        <translation type="vanished">旧</translation>
    </message>
</context>
</TS>
TS
"$tool" "$work/in.ts" Kiosk "$work/out.cpp"
fail() { echo "FAIL: $1"; cat "$work/out.cpp"; exit 1; }
grep -qF '{"call_nurse", "呼叫护士"}' "$work/out.cpp" || fail "call_nurse missing"
grep -qF '{"tea", "茶 & \"点心\" 中"}' "$work/out.cpp" || fail "entities not decoded"
grep -q 'new_words\|old_words\|别处' "$work/out.cpp" && fail "unfinished, vanished or other context kept"
sed -i 's:<comment>tea</comment>::' "$work/in.ts"
if "$tool" "$work/in.ts" Kiosk "$work/out2.cpp" 2>"$work/err"; then fail "a message without a key was taken"; fi
grep -q "has no key" "$work/err" || fail "no reason given: $(cat "$work/err")"
"$tool" "$work/missing.ts" Kiosk "$work/out3.cpp" 2>"$work/err" && fail "a missing file was taken"
grep -q "cannot read" "$work/err" || fail "no reason for a missing file"
echo "anju-ts-to-cpp: contexts, entities, unfinished and refusals as expected"
