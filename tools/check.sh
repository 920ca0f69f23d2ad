#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# All tests: host unit tests, then the selftests in the guest. Prints TAP per
# test and closes with "N passed, N failed, N skipped".
# Usage: check.sh [TEST] | check.sh --host-only | check.sh --guest-only [TEST]
# (the guest's logs in BSS_GUEST_DIR, default build/guest/check)
set -uo pipefail

only=${1:-}
pass=0 fail=0 skip=0
failed=()

count() {	# count TAP lines read on stdin, echoing them
	local line
	while IFS= read -r line; do
		printf '%s\n' "$line"
		case "$line" in
		"ok "*"# SKIP"*|"ok "*"# skip"*) skip=$((skip + 1)) ;;
		"ok "*) pass=$((pass + 1)) ;;
		"not ok "*"# SKIP"*) skip=$((skip + 1)) ;;
		"not ok "*) fail=$((fail + 1)); failed+=("${line#not ok }") ;;
		esac
	done
}

host_tests() {
	local t
	for t in tests/host/*.sh; do
		count < <(bash "$t" 2>&1)
	done
}

guest_tests() {
	local res=${BSS_GUEST_DIR:-build/guest/check}/results.log prog r grc
	tools/guest/run.sh check "$1"
	grc=$?
	# Only top-level TAP lines count: one per test case of each binary.
	count < <(tr -d '\r' < "$res" | sed -n '/^# dmesg-begin/q;p' |
		grep -a -E '^(ok|not ok) |^# ')
	while read -r _ _ prog r; do
		[ "$r" = 0 ] || [ "$r" = 4 ] && continue
		echo "not ok - $prog exited $r"
		fail=$((fail + 1)); failed+=("$prog exit $r")
	done < <(tr -d '\r' < "$res" | grep -a '^# exit: ')
	if [ "$grc" != 0 ]; then
		echo "not ok - guest run (see messages above)"
		fail=$((fail + 1)); failed+=("guest")
	else
		echo "ok - guest run clean (no oops/WARN/BUG/lockdep, events paired)"
		pass=$((pass + 1))
	fi
}

if [ "$only" = --host-only ]; then
	host_tests
elif [ "$only" = --guest-only ]; then
	guest_tests "${2:-}"
else
	[ -z "$only" ] && host_tests
	guest_tests "$only"
fi
for f in "${failed[@]}"; do echo "# FAILED: $f"; done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
