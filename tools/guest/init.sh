#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# /init of the test guest. Mode and test filter come from the kernel command
# line (bss.mode=check|run|shell|bench|netbench, bss.test=NAME). Results go
# to the second serial port, which the host reads; the console keeps the
# kernel log.
/bin/busybox --install -s /bin
# Real iproute2, ethtool and iperf3 (in /usr) before busybox applets.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
mount -t securityfs securityfs /sys/kernel/security 2>/dev/null
mount -t tmpfs tmpfs /tmp
echo 1 > /proc/sys/kernel/panic_on_oops

mode=check
test=
skip=
for arg in $(cat /proc/cmdline); do
	case "$arg" in
	bss.mode=*) mode=${arg#bss.mode=} ;;
	bss.test=*) test=${arg#bss.test=} ;;
	bss.iperf=*) export BSS_IPERF_PORT=${arg#bss.iperf=} ;;
	# selftests not run in this boot, comma-separated (counted as skipped)
	bss.skip=*) skip=${arg#bss.skip=} ;;
	# netbench settings (tools/net-bench.sh): drivers to compare, in order
	bss.drivers=*) export BSS_NET_DRIVERS=${arg#bss.drivers=} ;;
	bss.reps=*) export BSS_NET_REPS=${arg#bss.reps=} ;;
	bss.secs=*) export BSS_NET_SECS=${arg#bss.secs=} ;;
	bss.netport=*) export BSS_NET_PORT=${arg#bss.netport=} ;;
	esac
done

out=/dev/ttyS1
say() { echo "$*" > $out; }

# A sysctl, not a boot parameter; run.sh checks the line.
echo 60 > /proc/sys/kernel/hung_task_timeout_secs
say "# hung_task_timeout_secs=$(cat /proc/sys/kernel/hung_task_timeout_secs)"

# Unload every server module, then the runtime: refused if anything is
# still alive, which fails the run.
unload_all() {
	for m in /sys/module/bss_*; do
		[ -e "$m" ] && { rmmod "${m##*/}" || return 1; }
	done
	rmmod bss
}

# kmemleak (debug kernel): what the boot left is marked seen first, so that
# the final scan reports only what the run leaked. Objects younger than
# five seconds are not reported, hence the wait. Under lockdown=integrity
# debugfs refuses to open its writable files (EPERM), kmemleak's among
# them: such a boot says that it has no leak check, once.
kmemleak=/sys/kernel/debug/kmemleak
leakcheck=
leaks_forget() {
	[ -e $kmemleak ] || return 0
	if ! (: < $kmemleak) 2>/dev/null; then
		say "# kmemleak: cannot open $kmemleak (lockdown: $(cat /sys/kernel/security/lockdown 2>/dev/null)): no leak check in this boot"
		return 0
	fi
	leakcheck=1
	echo scan > $kmemleak
	echo clear > $kmemleak
}

leaks_report() {
	[ -n "$leakcheck" ] || return 0
	sleep 6
	echo scan > $kmemleak
	echo scan > $kmemleak
	say "# kmemleak: $(grep -c 'unreferenced object' $kmemleak) new objects"
	cat $kmemleak > $out
}

finish() {
	leaks_report
	say "# dmesg-begin"
	dmesg > $out
	say "# dmesg-end"
	say "BSS-GUEST-DONE rc=$1"
	sync
	poweroff -f
}

ip link set lo up
leaks_forget
insmod /lib/bss/bss.ko dyndbg=+p || { say "insmod bss.ko failed"; finish 1; }

case "$mode" in
shell)
	echo "BSS guest shell: bssctl, /selftests, /lib/bss. 'poweroff -f' leaves."
	setsid cttyhack sh
	finish 0
	;;
check)
	rc=0
	for t in /selftests/*; do
		name=${t##*/}
		[ -n "$test" ] && [ "$test" != "$name" ] && continue
		case ",$skip," in
		*",$name,"*)
			say "ok - $name # SKIP not run under this kernel (bss.skip)"
			continue ;;
		esac
		say "# selftest: $name"
		"$t" > $out 2>&1
		r=$?
		say "# exit: $name $r"
		[ $r -eq 0 ] || [ $r -eq 4 ] || rc=1
	done
	unload_all || rc=1
	finish $rc
	;;
run)
	/lib/bss/run-main.sh > $out 2>&1
	r=$?
	unload_all || r=1
	finish $r
	;;
bench)
	/lib/bss/run-bench.sh > $out 2>&1
	r=$?
	unload_all || r=1
	finish $r
	;;
netbench)
	# A driver's own WARN (a transmit watchdog, say) must not end the
	# other drivers' measurements; the host still fails the run on it.
	echo 0 > /proc/sys/kernel/panic_on_warn
	/lib/bss/net-bench.sh > $out 2>&1
	r=$?
	unload_all || r=1
	finish $r
	;;
*)
	say "unknown bss.mode=$mode"
	finish 1
	;;
esac
