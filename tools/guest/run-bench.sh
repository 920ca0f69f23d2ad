#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The benchmarks inside the guest (bss.mode=bench): load bss_bench and
# bss_bench_serial (the same server, serialized), make three instances (a
# thread-safe one that runs the loops, a thread-safe peer it calls and
# keeps references to, and a serialized peer), time every figure REPS
# times in ITERS iterations each (interleaved, so a disturbance hits one
# repetition), and print the raw cycles as one JSON block between
# BSS-BENCH-BEGIN and BSS-BENCH-END, one result per line. tools/bench.sh
# turns it into the table and build/bench.json.
#
# Throwing is slow: its two figures take THROW_ITERS iterations. With two
# CPUs or more, the scaling figures run race() in one bssctl process
# pinned to CPU 0, then in two at once pinned to CPUs 0 and 1; their line
# has "callers" and each caller's cycles in "each", its "cycles" are the
# slowest caller's.
set -u

iters=${BSS_BENCH_ITERS:-1000000}
reps=${BSS_BENCH_REPS:-7}
titers=${BSS_BENCH_THROW_ITERS:-$((iters / 10))}
ncpu=$(grep -c '^processor' /proc/cpuinfo)
ddc=/sys/kernel/debug/dynamic_debug/control
tmp=/tmp/bench

fail() {
	echo "bench: $*" >&2
	exit 1
}

# The returned value in bssctl -j call's output; nothing on failure.
ret() {
	sed -n 's/.*"ret":\([0-9]*\).*/\1/p'
}

# bssctl -j call ID FN ARGS -> the returned value; nothing on failure.
call() {
	bssctl -j call "$id" "$@" | ret
}

# race CALLERS ITERS PEER: CALLERS bssctl processes at once, the i-th
# pinned to CPU i, each calling race() -> their cycles, in CPU order;
# nothing when one failed (its output on stderr).
race() {
	i=0
	while [ $i -lt "$1" ]; do
		taskset -c $i bssctl -j call "$id" race "$1" "$2" "@$3" > $tmp.$i 2>&1 &
		i=$((i + 1))
	done
	wait
	i=0
	each=
	while [ $i -lt "$1" ]; do
		c=$(ret < $tmp.$i)
		if [ -z "$c" ] || [ "$c" = 0 ]; then
			cat $tmp.$i >&2
			return 1
		fi
		each="$each${each:+ }$c"
		i=$((i + 1))
	done
	echo "$each"
}

# Name, the instance the loop calls (peer: thread-safe, speer:
# serialized), then FN and its arguments before that instance:
# loop KIND ITERS (kinds: enum bench_kind in servers/bench/bench.c),
# refs TABLE_SIZE ITERS, race CALLERS ITERS.
figures="
loop_overhead peer loop 0 $iters
direct_call peer loop 1 $iters
indirect_call peer loop 2 $iters
service_call peer loop 3 $iters
serialized_call speer loop 8 $iters
service_call_temp_ref peer loop 4 $iters
temp_ref peer loop 5 $iters
perm_ref_1 peer refs 1 $iters
perm_ref_100 peer refs 100 $iters
perm_ref_10000 peer refs 10000 $iters
try_call peer loop 6 $titers
throw_catch peer loop 7 $titers
"
# Scaling needs two CPUs; the -icount boot has one.
if [ "$ncpu" -ge 2 ]; then
	figures="$figures
scale_1_caller peer race 1 $iters
scale_2_callers peer race 2 $iters
"
fi

# Single-line strings for JSON: no quotes, backslashes or control characters.
str() {
	tr -d '"\\\r' | tr '\n\t' '  ' | sed 's/ *$//'
}

# The runtime's create/destroy debug events would be timed too (one
# printk per permanent reference): off while measuring, on again before
# anything made outside the window goes, so the events still pair up.
[ -w $ddc ] || fail "no $ddc: cannot silence the runtime's debug events"
bssctl image load /lib/bss/bss_bench.ko >&2 || fail "cannot load bss_bench"
bssctl image load /lib/bss/bss_bench_serial.ko >&2 ||
	fail "cannot load bss_bench_serial"
make_instances() {
	id=$(bssctl instance create bss_bench) || fail "cannot create an instance"
	peer=$(bssctl instance create bss_bench) || fail "cannot create the peer"
	speer=$(bssctl instance create bss_bench_serial) ||
		fail "cannot create the serialized peer"
}
make_instances
# Every figure once, so that each import the loops call through is noted
# for its direct-call slot; the imports are bound when their image has no
# instance left (bind.c), from a work item, so the instances are made
# anew before anything is timed (and the slots' events are made while
# they are printed).
echo "$figures" | while read -r name who fn a0 a1; do
	[ -n "$name" ] && [ "$fn" != race ] || continue
	[ "$who" = speer ] && to=$speer || to=$peer
	call "$fn" "$a0" 2 "@$to" > /dev/null
done
for i in "$id" "$peer" "$speer"; do
	bssctl instance destroy "$i" >&2 || fail "cannot destroy instance $i"
done
slots() {
	bssctl -j runtime show | sed -n 's/.*"slots":\([0-9]*\).*/\1/p'
}
n=$(slots) tries=0
while [ $tries -lt 50 ]; do
	sleep 0.1
	m=$(slots)
	[ "$m" = "$n" ] && [ "${m:-0}" -gt 0 ] && break
	n=$m tries=$((tries + 1))
done
make_instances
echo "bench: ${n:-0} imports bound to direct-call slots" >&2
echo 'module bss -p' > $ddc

cpu=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1 | str)
# The TSC rate, to turn cycles into calls per second.
tsc=$(dmesg | sed -n 's/.*tsc: Detected \([0-9.]*\) MHz.*/\1/p' | head -1)
vdir=/sys/devices/system/cpu/vulnerabilities
echo "BSS-BENCH-BEGIN"
echo "{"
echo "\"iters\": $iters,"
echo "\"throw_iters\": $titers,"
echo "\"reps\": $reps,"
echo "\"cpus\": $ncpu,"
echo "\"tsc_mhz\": \"${tsc:-0}\","
echo "\"cpu\": \"$cpu\","
for v in spectre_v2 retbleed spec_rstack_overflow; do
	[ -r $vdir/$v ] && echo "\"$v\": \"$(str < $vdir/$v)\","
done
echo "\"results\": ["
rc=0
sep=" "
rep=1
while [ $rep -le "$reps" ]; do
	echo "$figures" | while read -r name who fn a0 a1; do
		[ -n "$name" ] || continue
		if [ "$who" = speer ]; then
			to=$speer
		else
			to=$peer
		fi
		if [ "$fn" = race ]; then
			each=$(race "$a0" "$a1" "$to")
			c=$(echo "$each" | tr ' ' '\n' | sort -n | tail -1)
			more=", \"callers\": $a0, \"each\": \"$each\""
		else
			c=$(call "$fn" "$a0" "$a1" "@$to")
			more=
		fi
		if [ -z "$c" ] || [ "$c" = 0 ]; then
			echo "bench: $name failed" >&2
			exit 1
		fi
		echo "$sep{\"name\": \"$name\", \"rep\": $rep, \"iters\": $a1, \"cycles\": $c$more}"
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
bssctl instance destroy "$speer" || rc=1
bssctl image unload bss_bench || rc=1
bssctl image unload bss_bench_serial || rc=1
exit $rc
