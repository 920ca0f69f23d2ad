#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The host replica of the call path (tools/callbench, docs/testing.md):
#   - it builds from the current sources with the module's current flags;
#   - every function it times takes the same branches as the module's:
#     the control flow of each, from tools/callbench/cfseq.sh, in the
#     module's object and in the replica's, must be the same, or the diff
#     is printed;
#   - it runs a few hundred iterations, and its service call costs
#     something.
# It needs the module's objects and bsskmod/.call.o.cmd: make check and
# make host-check build them first (initramfs and host-check need all,
# which needs module).
cd "$(dirname "$0")/../.." || exit 1
out=build/callbench
n=0

echo "TAP version 13"
ok() {
	n=$((n + 1))
	echo "ok $n callbench: $*"
}
notok() {
	n=$((n + 1))
	echo "not ok $n callbench: $*"
}
finish() {
	echo "1..$n"
	exit 0
}

# What the replica times, and the module object each function is in: the
# service call and its frame, the serialized server's lock, temporaries,
# permanent references, try and throw, a bound slot, and the benchmark
# server's loops. Not compared, as no timed path runs them:
# bss_error_log (the kernel's ktime_get() and fortified strscpy()),
# bss_serial_lock (a contended lock: the kernel's wait_event() against
# the shim's loop) and bss_call_general (the general path: one refusal's
# tail call is laid out differently). Nor reftab.c's alloc and release:
# their events are the kernel's dynamic debug (a patched jump and a call
# the shim has not) and a table's growth is the kernel's allocator, so
# the two differ in code the timed loop does not reach.
funcs="
bsskmod/call.o bss_call
bsskmod/call.o bss_call_instance
bsskmod/call.o call_claimed
bsskmod/call.o enter_slow
bsskmod/call.o bss_frame_undo
bsskmod/bind.o slot_call_0_0
bsskmod/bind.o slot_call_15_7
bsskmod/call.o bss_temps_release
bsskmod/call.o bss_frame_push
bsskmod/call.o bss_frame_leave
bsskmod/syscall.o bss_sys_self
bsskmod/syscall.o bss_sys_ref_release
bsskmod/syscall.o bss_sys_ref_keep
bsskmod/syscall.o release_perm
bsskmod/syscall.o bss_try_open
bsskmod/syscall.o bss_sys_try_end
bsskmod/syscall.o bss_sys_throw
bsskmod/thread.o __bss_throw
bsskmod/thread.o __bss_throw_user
bsskmod/thread.o bss_try_close
bsskmod/jump_64.o bss_setjmp
bsskmod/jump_64.o bss_sys_try
bsskmod/jump_64.o bss_longjmp
servers/bench/bench.o __bss_entry_bn_loop
servers/bench/bench.o __bss_entry_bn_nop
servers/bench/bench.o __bss_entry_bn_temps
servers/bench/bench.o __bss_entry_bn_refs
servers/bench/bench.o __bss_entry_bn_raise
servers/bench/bench.o bench_call_nop
servers/bench/bench.o bench_call_snop
servers/bench/bench.o bench_try_once
servers/bench/serial.o __bss_entry_bn_nop
servers/bench/serial.o __bss_entry_bn_snop
"

# The replica's object for a module object.
replica() {
	case "$1" in
	bsskmod/*) echo "$out/rt/$(basename "$1")" ;;
	*) echo "$out/$(basename "$1")" ;;
	esac
}

# The symbol for function $2 in object $1: its name, or the name with the
# compiler's clone suffixes (.isra.0, .constprop.0, ...).
symbol() {
	nm --defined-only "$1" 2>/dev/null | awk -v f="$2" '
		$2 ~ /^[tT]$/ && ($3 == f || index($3, f ".") == 1 &&
				  substr($3, length(f) + 1) ~ /^(\.(isra|constprop|part)\.[0-9]+)+$/) {
			print $3; exit
		}'
}

objs=$(echo "$funcs" | awk 'NF { print $1 }' | sort -u)
for o in bsskmod/call.o bsskmod/.call.o.cmd $objs; do
	if [ ! -e "$o" ]; then
		notok "no $o: the module is not built (make module; make check and make host-check do it)"
		finish
	fi
done
# An object older than its sources (what Kbuild recorded it was built
# from, in .NAME.o.cmd) would be compared with today's code.
for o in $objs; do
	cmd=$(dirname "$o")/.$(basename "$o").cmd
	stale=
	[ -e "$cmd" ] || stale=$cmd
	for f in $(grep -oE "$PWD/[^ ]+\.[chS]" "$cmd" 2>/dev/null | sort -u); do
		[ -e "$f" ] && [ "$f" -nt "$o" ] && { stale=${f#"$PWD"/}; break; }
	done
	if [ -n "$stale" ]; then
		notok "$o is older than $stale: rebuild the module (make module)"
		finish
	fi
done

if tools/callbench/build.sh > $out.log 2>&1; then
	ok "the replica builds from the sources with bsskmod/.call.o.cmd's flags ($(wc -l < $out/kflags) flags, return thunk $(cat $out/rethunk))"
else
	notok "the replica does not build:"
	sed 's/^/# /' $out.log
	finish
fi

while read -r obj fn; do
	[ -n "$obj" ] || continue
	rep=$(replica "$obj")
	sym=$(symbol "$obj" "$fn")
	if [ -z "$sym" ]; then
		ok "$fn # SKIP not in $obj"
		continue
	fi
	rsym=$(symbol "$rep" "$fn")
	if [ "$rsym" != "$sym" ]; then
		notok "$fn: $obj has $sym, the replica ${rsym:-nothing of that name}"
		continue
	fi
	tools/callbench/cfseq.sh "$obj" "$sym" > $out/cf.module
	tools/callbench/cfseq.sh "$rep" "$sym" > $out/cf.replica
	count=$(wc -l < $out/cf.module)
	if [ "$count" -gt 0 ] && cmp -s $out/cf.module $out/cf.replica; then
		ok "$(basename "$obj" .o):$sym takes the module's branches ($count control-flow instructions)"
	else
		notok "$(basename "$obj" .o):$sym: control flow differs from $obj's ($count control-flow instructions there, $(wc -l < $out/cf.replica) here; module <, replica >):"
		diff $out/cf.module $out/cf.replica | sed 's/^/# /'
	fi
done <<< "$funcs"

if $out/callbench -s 5 -n 300 -j $out/test.json > $out/test.txt 2>&1 &&
   awk '/^service_call / && $2 > 0 { found = 1 } END { exit !found }' $out/test.txt &&
   grep -q '"name": "service_call"' $out/test.json; then
	ok "runs 5 samples of 300: $(awk '/^service_call / { print "service_call min " $2 " ticks" }' $out/test.txt)"
else
	notok "the benchmark did not run, or its service call costs nothing:"
	sed 's/^/# /' $out/test.txt
fi
finish
