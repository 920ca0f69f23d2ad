#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Pair the runtime's create/destroy debug events in a guest's final dmesg:
# "bss: event: create KIND ID" must meet "bss: event: destroy KIND ID".
# Prints what was left over and fails if anything was.
set -euo pipefail

# A guest that died before its end printed no final dmesg: nothing to pair.
if ! grep -aq '^# dmesg-begin' "$1"; then
	echo "events: no final dmesg (the guest did not reach its end)" >&2
	exit 1
fi
# A log that wrapped has lost its first events: say so, not "unpaired".
if ! sed -n '/^# dmesg-begin/,/^# dmesg-end/p' "$1" | grep -a 'Linux version' > /dev/null; then
	echo "events: the kernel log wrapped (no boot line in the final dmesg);" \
		"raise log_buf_len in tools/guest/run.sh" >&2
	exit 1
fi
sed -n '/^# dmesg-begin/,/^# dmesg-end/p' "$1" | tr -d '\r' |
	{ grep -aoE 'event: (create|destroy) [a-z_]+ [0-9a-fx]+' || true; } |
	awk '
	$2 == "create"  { live[$3 " " $4]++; created++ }
	$2 == "destroy" { if (--live[$3 " " $4] == 0) delete live[$3 " " $4]; destroyed++ }
	END {
		bad = 0
		for (k in live) {
			printf "events: %s left with balance %d\n", k, live[k] > "/dev/stderr"
			bad = 1
		}
		printf "events: %d created, %d destroyed\n", created, destroyed > "/dev/stderr"
		exit bad
	}'
