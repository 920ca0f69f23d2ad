#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Boot Debian's kernel with the test initramfs under QEMU, always under
# timeout, and judge the run from the host: the guest's own verdict on the
# second serial port, and the kernel log for oops, WARN, BUG, lockdep and
# hung tasks. Usage: run.sh MODE [TEST]   (MODE: check, run, shell, bench)
# Another kernel (make check-debug): BSS_KVER, BSS_KERNEL (its image),
# BSS_INITRD, BSS_GUEST_DIR (logs), BSS_GUEST_MEM (MiB).
set -uo pipefail

mode=$1
test=${2:-}
kver=${BSS_KVER:-$(tools/guest/kver.sh)} || exit 1
kernel=${BSS_KERNEL:-/boot/vmlinuz-$kver}
initrd=${BSS_INITRD:-build/guest/initramfs.cpio.gz}
dir=${BSS_GUEST_DIR:-build/guest/$mode}
mkdir -p "$dir"
console=$dir/console.log
results=$dir/results.log
: > "$console"
: > "$results"
limit=${BSS_GUEST_TIMEOUT:-900}
smp=${BSS_GUEST_SMP:-2}

accel() {
	local cache=build/guest/accel
	[ -s "$cache" ] && { cat "$cache"; return; }
	echo tcg > "$cache"
	if [ -w /dev/kvm ] && timeout -k 2 30 qemu-system-x86_64 -accel kvm \
	   -display none -nodefaults -no-reboot -m 256 \
	   -kernel "$kernel" -initrd "$initrd" \
	   -append "console=ttyS0 panic=-1 bss.mode=none" -serial none \
	   -serial file:build/guest/kvm-probe.log >/dev/null 2>&1 &&
	   grep -q BSS-GUEST-DONE build/guest/kvm-probe.log; then
		echo kvm > "$cache"
	fi
	cat "$cache"
}

qpid=
srv=
cleanup() {
	[ -n "$qpid" ] && kill -- "$qpid" 2>/dev/null
	[ -n "$srv" ] && kill "$srv" 2>/dev/null
	wait 2>/dev/null
}
trap 'cleanup; exit 130' INT TERM HUP
trap cleanup EXIT

# An iperf3 server on the host's loopback for traffic tests; the guest
# reaches it as 10.0.2.2 through QEMU user networking.
if [ "$mode" != shell ] && command -v iperf3 >/dev/null; then
	port=$((20000 + RANDOM % 20000))
	iperf3 -s -p "$port" >/dev/null 2>&1 &
	srv=$!
	BSS_APPEND="${BSS_APPEND:-} bss.iperf=$port"
fi

# log_buf_len: every create/destroy event must survive until the final
# dmesg, where pair-events.sh pairs them. Its 64 MiB of text come with
# 224 MiB of records, which a 512 MiB guest does not always have in one
# piece (where KASLR put the kernel decides): the guests get 1 GiB.
append="console=ttyS0 loglevel=5 log_buf_len=64M panic=-1 oops=panic panic_on_warn=1"
append+=" softlockup_panic=1 hung_task_panic=1"
append+=" bss.mode=$mode"
[ -n "$test" ] && append+=" bss.test=$test"
append+=" ${BSS_APPEND:-}"

qemu=(qemu-system-x86_64 -accel "$(accel)" -cpu max -m "${BSS_GUEST_MEM:-1024}" -smp "$smp"
      -display none -nodefaults -no-reboot
      -kernel "$kernel" -initrd "$initrd"
      -append "$append"
      -device rtl8139,netdev=n0 -netdev user,id=n0 -device edu
      ${BSS_QEMU_EXTRA:-})
# The tests get two more RTL-8139s on a private hub, to watch receive
# filters with traffic from a second driver.
[ "$mode" = check ] && qemu+=(
	-netdev hubport,id=h1,hubid=1 -device rtl8139,netdev=h1,mac=52:54:00:00:01:01
	-netdev hubport,id=h2,hubid=1 -device rtl8139,netdev=h2,mac=52:54:00:00:01:02)


if [ "$mode" = shell ]; then
	timeout --foreground -k 5 "$limit" "${qemu[@]}" -serial mon:stdio \
		-serial "file:$results"
	exit $?
fi

timeout -k 5 "$limit" "${qemu[@]}" -serial "file:$console" \
	-serial "file:$results" </dev/null &
qpid=$!
wait "$qpid"
qrc=$?
qpid=

# Kernel problems anywhere in the console or the guest's final dmesg: the
# reports, not the debug kernel's banners ("RCU lockdep checking is
# enabled", "kmemleak: ... initialized"). Lockdep, KASAN and UBSAN reports
# all carry one of these.
# An oops's header ("int3: 0000 [#1] ...") and RIP line say what trapped
# and where: the summary keeps the first lines only.
bad=': [0-9a-f]{4} \[#[0-9]+\]|RIP: 0010:|'
bad+='Oops|WARNING:|BUG:|kernel BUG|general protection|Call Trace:|'
bad+='possible recursive locking|circular locking|INFO: trying to register|'
bad+='INFO: task .* blocked|Kernel panic|UBSAN:|KASAN:|suspected memory leak|'
bad+='unreferenced object|soft lockup|hard LOCKUP|refcount_t:|'
# The log buffer asked for, not had: events would be lost, not unpaired.
bad+='log_buf_len: [0-9]+ [a-z]+ bytes not available'
fail=0
if grep -aEq "$bad" "$console" "$results"; then
	echo "guest: kernel problem in the log:" >&2
	grep -aEh -m 10 "$bad" "$console" "$results" | sed 's/^/guest:   /' >&2
	fail=1
fi
# A parameter the kernel does not know is handed to /init and ignored:
# it must not hide there (sysctls are set by /init, which reports them).
# BSS_NAME=VALUE ones are meant for /init's environment (make bench).
unknown=$(grep -aho -m 1 'Unknown kernel command line parameters "[^"]*"' "$console" "$results" |
	  head -n 1 | sed 's/.*"\(.*\)"/\1/' | tr ' ' '\n' | grep -v '^BSS_[A-Z0-9_]*=' | tr '\n' ' ')
if [ -n "$unknown" ]; then
	echo "guest: the kernel command line has parameters the kernel does not know: $unknown" >&2
	fail=1
fi
# (grep reads to the end: with -q, tr could die of SIGPIPE and pipefail
# would fail the check.)
if ! tr -d '\r' < "$results" | grep -ax '# hung_task_timeout_secs=60' > /dev/null; then
	echo "guest: /init did not set hung_task_timeout_secs to 60:" >&2
	grep -a -m 1 'hung_task_timeout_secs' "$results" >&2
	fail=1
fi
# Every object the runtime created must have been destroyed by the end.
if ! tools/guest/pair-events.sh "$results"; then
	fail=1
fi
if ! grep -aq '^BSS-GUEST-DONE rc=0' "$results"; then
	if [ $qrc -eq 124 ] || [ $qrc -eq 137 ]; then
		echo "guest: timed out after ${limit}s" >&2
	else
		echo "guest: did not report success (qemu exit $qrc)" >&2
	fi
	fail=1
fi
if [ $fail -ne 0 ]; then
	echo "guest: console log kept at $console, results at $results" >&2
	exit 1
fi
exit 0
