#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# bssctl on the host, without the module: help, its one error path, JSON,
# and the checks `call` makes before it needs /dev/bss.
cd "$(dirname "$0")/../.." || exit 1
b=build/bssctl
n=0
tap() { n=$((n + 1)); if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; fi; }

echo "TAP version 13"
tap "bssctl: help lists objects" '$b help 2>&1 | grep -q "OBJECT := {"'
tap "bssctl: no device is an error naming /dev/bss" \
	'[ -e /dev/bss ] || { ! $b version 2>/tmp/bssctl.err && grep -q "^Error: cannot open /dev/bss" /tmp/bssctl.err; }'
tap "bssctl: -j errors are JSON" \
	'[ -e /dev/bss ] || $b -j version | grep -q "^{\"error\":"'
tap "bssctl: unknown command fails" '! $b frobnicate 2>/dev/null'
tap "bssctl: unknown option fails" '! $b --frobnicate 2>/dev/null'
tap "bssctl: help usage lines have no gap" \
	'$b help 2>&1 | head -4 | grep -c -E "^(Usage: |       )bssctl " | grep -qx 4'
tap "bssctl: -j help is null" '[ "$($b -j help)" = null ]'
tap "bssctl: unknown option is one error" \
	'$b --frobnicate 2>&1 >/dev/null | grep -q "^Error: unrecognized option .--frobnicate.$" &&
	 [ "$($b --frobnicate 2>&1 | grep -c "^Error")" = 1 ]'
tap "bssctl: -j unknown command is one JSON object" \
	'$b -j frobnicate | grep -qx "{\"error\":\"unknown command .frobnicate.\"}"'
tap "bssctl: -j unknown option is one JSON object" \
	'$b -j --frobnicate | grep -qx "{\"error\":\"unrecognized option .--frobnicate.\"}"'
tap "bssctl: call without FN is a usage error" \
	'! $b call 1 2>/tmp/bssctl.err && grep -q "^Error: usage: call ID FN" /tmp/bssctl.err'
tap "bssctl: call with a bad ID fails before opening /dev/bss" \
	'! $b call x add 1 2 2>/tmp/bssctl.err && grep -qx "Error: instance ID .x. is not a number" /tmp/bssctl.err'
tap "bssctl: call needs the module" \
	'[ -e /dev/bss ] || { ! $b call 1 add 1 2 2>/tmp/bssctl.err && grep -q "^Error: cannot open /dev/bss" /tmp/bssctl.err; }'
tap "bssctl: instance fns without ID is a usage error" \
	'! $b instance fns 2>/tmp/bssctl.err &&
	 grep -qx "Error: usage: instance { fns | functions } ID" /tmp/bssctl.err'
tap "bssctl: every object has help" \
	'(for o in image instance ref runtime; do
		$b $o help 2>&1 | grep -q "^Usage: bssctl $o " || exit 1
	 done)'
echo "1..$n"
