#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The benchmarks inside the guest (bss.mode=bench): load bss_bench, make
# two instances (the second is the peer the first calls and keeps
# references to), time every figure REPS times in ITERS iterations each
# (interleaved, so a disturbance hits one repetition), and print the raw
# cycles as one JSON block between BSS-BENCH-BEGIN and BSS-BENCH-END, one
# result per line. tools/bench.sh turns it into the table and build/bench.json.
set -u

iters=${BSS_BENCH_ITERS:-1000000}
reps=${BSS_BENCH_REPS:-7}
ddc=/sys/kernel/debug/dynamic_debug/control

fail() {
	echo "bench: $*" >&2
	exit 1
}

# bssctl -j call ID FN ARGS -> the returned value; nothing on failure.
call() {
	bssctl -j call "$id" "$@" | sed -n 's/.*"ret":\([0-9]*\).*/\1/p'
}

# Name, then FN (1 loop, 2 refs) and its arguments before the peer:
# loop KIND ITERS (kinds: enum bench_kind in servers/bench/bench.c),
# refs TABLE_SIZE ITERS.
figures="
loop_overhead 1 0 $iters
direct_call 1 1 $iters
indirect_call 1 2 $iters
service_call 1 3 $iters
service_call_temp_ref 1 4 $iters
temp_ref 1 5 $iters
perm_ref_1 2 1 $iters
perm_ref_100 2 100 $iters
perm_ref_10000 2 10000 $iters
"

# Single-line strings for JSON: no quotes, backslashes or control characters.
str() {
	tr -d '"\\\r' | tr '\n\t' '  ' | sed 's/ *$//'
}

# The runtime's create/destroy debug events would be timed too (one
# printk per permanent reference): off while measuring, on again before
# anything made outside the window goes, so the events still pair up.
[ -w $ddc ] || fail "no $ddc: cannot silence the runtime's debug events"
bssctl image load /lib/bss/bss_bench.ko >&2 || fail "cannot load bss_bench"
id=$(bssctl instance create bss_bench) || fail "cannot create an instance"
peer=$(bssctl instance create bss_bench) || fail "cannot create the peer"
echo 'module bss -p' > $ddc

cpu=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1 | str)
vdir=/sys/devices/system/cpu/vulnerabilities
echo "BSS-BENCH-BEGIN"
echo "{"
echo "\"iters\": $iters,"
echo "\"reps\": $reps,"
echo "\"cpu\": \"$cpu\","
for v in spectre_v2 retbleed spec_rstack_overflow; do
	[ -r $vdir/$v ] && echo "\"$v\": \"$(str < $vdir/$v)\","
done
echo "\"results\": ["
rc=0
sep=" "
rep=1
while [ $rep -le "$reps" ]; do
	echo "$figures" | while read -r name fn a0 a1; do
		[ -n "$name" ] || continue
		c=$(call "$fn" "$a0" "$a1" "@$peer")
		if [ -z "$c" ] || [ "$c" = 0 ]; then
			echo "bench: $name failed" >&2
			exit 1
		fi
		echo "$sep{\"name\": \"$name\", \"rep\": $rep, \"iters\": $a1, \"cycles\": $c}"
		sep=","
	done || rc=1
	sep=","
	rep=$((rep + 1))
done
echo "]"
echo "}"
echo "BSS-BENCH-END"

echo 'module bss +p' > $ddc
bssctl instance destroy "$id" || rc=1
bssctl instance destroy "$peer" || rc=1
bssctl image unload bss_bench || rc=1
exit $rc
