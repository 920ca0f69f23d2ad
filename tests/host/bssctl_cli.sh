#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# bssctl on the host, without the module: help, its one error path, JSON.
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
echo "1..$n"
