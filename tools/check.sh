#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# All tests: host unit tests, the selftests in the guest under Debian's
# kernel, then again under the debug kernel (tools/check-debug.sh: KASAN,
# UBSAN, kmemleak, lockdep, failslab; built once and cached, about ten
# minutes cold; BSS_CHECK_DEBUG=0 leaves that pass out), which ends with a
# boot that enforces module signatures and lockdown for lockdown_test,
# then on the other kernel series (tools/check-series.sh, 6.12;
# BSS_CHECK_SERIES=0 leaves it out), and DKMS on the host (tests/pkg/,
# BSS_CHECK_PKG=0). Prints TAP per test and closes with "N passed, N failed, N skipped".
# Usage: check.sh [TEST] | check.sh --host-only | check.sh --guest-only [TEST]
# (TEST: one selftest, under Debian's kernel only; the guest's logs are in
# BSS_GUEST_DIR, default build/guest/check)
set -uo pipefail

only=${1:-}
primary=${BSS_KVER:-}	# the kernel of the first pass (make check sets it)
pass=0 fail=0 skip=0
failed=()
label=

count() {	# count TAP lines read on stdin, echoing them
	local line
	while IFS= read -r line; do
		printf '%s\n' "$line"
		case "$line" in
		"ok "*"# SKIP"*|"ok "*"# skip"*) skip=$((skip + 1)) ;;
		"ok "*) pass=$((pass + 1)) ;;
		"not ok "*"# SKIP"*) skip=$((skip + 1)) ;;
		"not ok "*) fail=$((fail + 1)); failed+=("$label${line#not ok }") ;;
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
	local dir=${BSS_GUEST_DIR:-build/guest/check} prog r grc why
	local res=$dir/results.log

	# What run.sh says of a failed run is repeated in the closing summary,
	# where a log cut to its tail still shows it.
	mkdir -p "$dir"
	tools/guest/run.sh check "$1" 2> >(tee "$dir/run.err" >&2)
	grc=$?
	wait
	# Only top-level TAP lines count: one per test case of each binary.
	count < <(tr -d '\r' < "$res" | sed -n '/^# dmesg-begin/q;p' |
		grep -a -E '^(ok|not ok) |^# ')
	while read -r _ _ prog r; do
		[ "$r" = 0 ] || [ "$r" = 4 ] && continue
		echo "not ok - $prog exited $r"
		fail=$((fail + 1)); failed+=("$label$prog exit $r")
	done < <(tr -d '\r' < "$res" | grep -a '^# exit: ')
	if [ "$grc" != 0 ]; then
		echo "not ok - guest run (see messages above)"
		why=$(grep -a -E '^(guest|events):' "$dir/run.err" | grep -v 'kept at' |
		      head -n 4 | tr '\n' ';')
		fail=$((fail + 1)); failed+=("${label}guest: ${why:-no reason given}")
	else
		echo "ok - guest run clean (no oops/WARN/BUG/lockdep, events paired)"
		pass=$((pass + 1))
	fi
}

# The debug kernel again, booted with module signatures enforced and
# locked down (BSS_LOCKDOWN_APPEND, from tools/check-debug.sh): lockdown_test
# alone, which must run there, not skip.
lockdown_tests() {
	local p0=$pass s0=$skip

	label="lockdown: "
	BSS_GUEST_DIR=build/guest/lockdown BSS_APPEND=$BSS_LOCKDOWN_APPEND \
		BSS_GUEST_TIMEOUT=900 guest_tests lockdown_test
	if [ "$skip" != "$s0" ] || [ "$pass" -le $((p0 + 1)) ]; then
		echo "not ok - lockdown_test did not run under enforcement"
		fail=$((fail + 1)); failed+=("${label}lockdown_test did not run")
	fi
	label=
}

# A guest pass on another kernel: LABEL, what PREPARE builds, then
# PREPARE, which prints tools/guest/run.sh's settings for it
# (tools/guest/settings.sh). Fails when it cannot build.
other_pass() {
	local pass_label=$1 what=$2 env

	shift 2
	if ! env=$("$@"); then
		echo "not ok - $what (see messages above)"
		fail=$((fail + 1)); failed+=("${pass_label}build")
		return 1
	fi
	eval "$env"
	label=$pass_label
	guest_tests ""
	label=
}

# The same selftests under the debug kernel, built or found in its cache.
debug_tests() {
	echo "# debug kernel: KASAN, UBSAN, kmemleak, lockdep, failslab"
	other_pass "debug: " "debug kernel and modules" tools/check-debug.sh --prepare &&
		lockdown_tests
	unset BSS_KVER BSS_KERNEL BSS_INITRD BSS_GUEST_DIR BSS_GUEST_MEM BSS_APPEND \
		BSS_LOCKDOWN_APPEND
}

# The other kernel series (tools/check-series.sh: bookworm's 6.12 beside
# the default 6.1), every selftest again, without a debug pass;
# BSS_CHECK_SERIES=0 leaves it out. After a first pass on 6.12 (make
# check KSERIES=6.12) there is no other series on this release.
series_tests() {
	local s=6.12

	case "${primary:-$(tools/guest/kver.sh)}" in
	"$s".*) echo "# the first pass booted $s: no other series"; return ;;
	esac
	echo "# kernel series $s"
	other_pass "$s: " "$s kernel and modules" tools/check-series.sh "$s" --prepare
	unset BSS_KVER BSS_INITRD BSS_GUEST_DIR
}

# Packaging on this host (tests/pkg/: DKMS for both series), slow for a
# host test: whole module builds. BSS_CHECK_PKG=0 leaves it out.
pkg_tests() {
	local t

	for t in tests/pkg/*.sh; do
		count < <(bash "$t" 2>&1)
	done
}

if [ "$only" = --host-only ]; then
	host_tests
elif [ "$only" = --guest-only ]; then
	guest_tests "${2:-}"
	# Under the debug kernel (tools/check-debug.sh), the enforcing boot.
	if [ -n "${BSS_LOCKDOWN_APPEND:-}" ] && { [ -z "${2:-}" ] || [ "$2" = lockdown_test ]; }; then
		lockdown_tests
	fi
else
	[ -z "$only" ] && host_tests
	guest_tests "$only"
	[ -z "$only" ] && [ "${BSS_CHECK_DEBUG:-1}" != 0 ] && debug_tests
	[ -z "$only" ] && [ "${BSS_CHECK_SERIES:-1}" != 0 ] && series_tests
	[ -z "$only" ] && [ "${BSS_CHECK_PKG:-1}" != 0 ] && pkg_tests
fi
for f in "${failed[@]}"; do echo "# FAILED: $f"; done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
