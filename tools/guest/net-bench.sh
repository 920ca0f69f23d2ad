#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=dash
#
# The network benchmarks inside the guest (bss.mode=netbench). For each
# repetition and each driver in turn (A/B/A/B...): bring the driver up on
# QEMU's rtl8139 (driver_up), measure, take it down again (driver_down).
# Figures, each under its own timeout, against the iperf3 server the host
# runs on its loopback (10.0.2.2 through QEMU user networking):
#   tcp_tx      TCP guest -> host, Mbit/s            (iperf3)
#   tcp_rx      TCP host -> guest, Mbit/s            (iperf3 -R)
#   udp64_tx    UDP 64-byte datagrams guest -> host, packets/s arriving
#   ping_rtt    request/response latency, us         (echo-rtt: ICMP echo)
#   tcp_tx_cpu, tcp_rx_cpu   guest CPU busy ms per MiB moved
#   udp64_cpu   guest CPU busy us per datagram arriving
# busy = user+nice+system+irq+softirq+steal from /proc/stat, whose unit is
# USER_HZ (100 on x86, 10 ms), whatever CONFIG_HZ is.
#
# Output: one line per figure between BSS-NETBENCH-BEGIN and -END:
#   result DRIVER REP FIGURE VALUE UNIT RETRANS NOTES
#   fail   DRIVER REP FIGURE - - - REASON
# plus "info" and "skip" lines; tools/net-bench.sh makes the table and
# build/netbench.json. RETRANS is the guest's TCP RetransSegs during the
# measurement (the host discards runs where it is not 0).
#
# Settings come from the environment (init.sh takes them from the kernel
# command line, bss.drivers= bss.reps= bss.secs= bss.netport=). Runs under
# busybox sh (dash-compatible: "local" is fine).
set -u

drivers=${BSS_NET_DRIVERS:-8139cp,8139too}
reps=${BSS_NET_REPS:-5}
secs=${BSS_NET_SECS:-4}
port=${BSS_NET_PORT:-${BSS_IPERF_PORT:-5201}}
pings=${BSS_NET_PINGS:-100}
host=10.0.2.2
kdir=/lib/modules/$(uname -r)
tmp=/tmp/netbench
mkdir -p $tmp

ifc=
bss_graph=

log() {
	echo "net-bench: $*" >&2
}

# The netdev bound to QEMU's rtl8139 (PCI 10ec:8139), whichever driver.
rtl_iface() {
	local d
	for d in /sys/class/net/*; do
		[ -r "$d/device/vendor" ] || continue
		[ "$(cat "$d/device/vendor")" = 0x10ec ] || continue
		[ "$(cat "$d/device/device")" = 0x8139 ] || continue
		echo "${d##*/}"
		return 0
	done
	return 1
}

# The rtl8139's MMIO BAR (BAR1), for rtl_requeue.
rtl_mmio() {
	local d
	for d in /sys/bus/pci/devices/*; do
		[ "$(cat "$d/vendor")" = 0x10ec ] || continue
		[ "$(cat "$d/device")" = 0x8139 ] || continue
		sed -n 2p "$d/resource" | awk '{ print $1 }'
		return 0
	done
	return 1
}

# QEMU hygiene between drivers, not part of any driver: when a classic-mode
# receive found the ring full, QEMU stops offering packets to the NIC until
# the next write of CAPR (RxBufPtr); a driver that stalled that way leaves
# the NIC deaf for the next driver (8139cp never writes CAPR). With no
# driver bound (the MMIO range is free for /dev/mem again) one CAPR write
# clears it; the receiver is off, so QEMU drops what it had queued. See
# docs/rtl8139-qemu.md.
rtl_requeue() {
	local mmio
	mmio=$(rtl_mmio) || return 0
	devmem $((mmio + 0x38)) 16 0xfff0 2>/dev/null ||
		log "could not reset QEMU's receive queue (devmem)"
}

ip_up() {
	local i=0
	ip addr flush dev "$ifc" 2>/dev/null
	ip addr add 10.0.2.15/24 dev "$ifc" || return 1
	ip link set "$ifc" up || return 1
	while [ "$(cat /sys/class/net/"$ifc"/carrier 2>/dev/null)" != 1 ]; do
		i=$((i + 1))
		[ $i -le 40 ] || { log "$ifc: no carrier"; return 1; }
		sleep 0.25
	done
	ip route replace default via $host dev "$ifc" || return 1
	i=0
	until ping -c 1 -W 1 $host >/dev/null 2>&1; do
		i=$((i + 1))
		[ $i -le 10 ] || { log "$ifc: $host does not answer"; return 1; }
	done
	return 0
}

# driver_up NAME: load NAME's driver, bring its interface up at
# 10.0.2.15/24 with the default route through 10.0.2.2, wait for the link
# and for the host to answer. Nonzero when the driver cannot be set up.
driver_up() {
	local i=0
	case $1 in
	8139cp|8139too|8139too_fixed)
		[ -e "$kdir/$1.ko" ] || { log "no $kdir/$1.ko"; return 1; }
		[ -d /sys/module/mii ] || insmod "$kdir/mii.ko" || return 1
		insmod "$kdir/$1.ko" || return 1
		;;
	bss)
		bss_graph=$(bssctl graph load /lib/bss/conf/rtl8139.conf |
			sed -n 's/^graph \([0-9][0-9]*\)$/\1/p')
		[ -n "$bss_graph" ] || return 1
		;;
	*)
		log "unknown driver $1"
		return 1
		;;
	esac
	until ifc=$(rtl_iface); do
		i=$((i + 1))
		[ $i -le 20 ] || { log "$1: no netdev for the rtl8139"; return 1; }
		sleep 0.25
	done
	ip_up
}

# driver_down NAME: undo driver_up, then reset QEMU's receive queue.
driver_down() {
	local rc=0
	if [ -n "$ifc" ] && [ -e /sys/class/net/"$ifc" ]; then
		ip link set "$ifc" down 2>/dev/null
		ip addr flush dev "$ifc" 2>/dev/null
	fi
	case $1 in
	8139cp|8139too|8139too_fixed)
		if [ -d "/sys/module/$1" ]; then
			rmmod "$1" || rc=1
		fi
		if [ -d /sys/module/mii ]; then
			rmmod mii || rc=1
		fi
		;;
	bss)
		if [ -n "$bss_graph" ]; then
			bssctl graph unload "$bss_graph" || rc=1
		fi
		bss_graph=
		;;
	esac
	ifc=
	rtl_requeue
	return $rc
}

# busy: CPU time not idle or iowait, in USER_HZ ticks, all CPUs.
busy() {
	awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat
}

retrans() {
	awk '/^Tcp:/ { if (h) { print $13; exit } h = 1 }' /proc/net/snmp
}

# Fields of iperf3 -J's end.sum_sent and end.sum_received:
# sent_bytes sent_packets recv_bytes recv_seconds recv_packets recv_lost
iperf_fields() {
	awk '
	/"sum_sent":/ { s = "sent"; next }
	/"sum_received":/ { s = "recv"; next }
	s != "" && /}/ { s = "" }
	s != "" {
		k = $1
		gsub(/[":,]/, "", k)
		v = $2
		gsub(/,/, "", v)
		f[s "_" k] = v
	}
	END {
		printf "%s %s %s %s %s %s\n", f["sent_bytes"] + 0, f["sent_packets"] + 0,
			f["recv_bytes"] + 0, f["recv_seconds"] + 0, f["recv_packets"] + 0,
			f["recv_lost_packets"] + 0
	}' "$1"
}

# iperf NAME ARGS...: one iperf3 client run into $tmp/NAME.json, retried
# while the host restarts its one-shot server, and run again (twice at
# most) when it was lost on the way: a control connection the host side
# closed or reset, a broken pipe, a run that timed out (a busy host can
# starve the host's server or QEMU's user network). Nonzero on failure,
# with the reason in $tmp/NAME.why; each run lost is logged.
iperf() {
	local name="$1" try=0 lost=0 rc
	shift
	while :; do
		timeout $((secs + 10)) iperf3 -c $host -p "$port" -t "$secs" -J "$@" \
			> "$tmp/$name.json" 2> "$tmp/$name.err"
		rc=$?
		[ $rc -eq 0 ] && grep -q '"sum_received"' "$tmp/$name.json" && return 0
		try=$((try + 1))
		if [ $try -lt 5 ] && grep -qE 'unable to connect|Connection refused|server is busy' \
			"$tmp/$name.json" "$tmp/$name.err" 2>/dev/null; then
			sleep 1
			continue
		fi
		if [ $lost -lt 2 ] && { [ $rc -eq 124 ] || grep -qE \
			'control socket has closed|Broken pipe|Connection reset|interrupt' \
			"$tmp/$name.json" "$tmp/$name.err" 2>/dev/null; }; then
			lost=$((lost + 1))
			log "$name: run lost ($(grep -ohE '"error":[^,}]*' "$tmp/$name.json" |
				head -1)), running it again"
			sleep 2
			continue
		fi
		# iperf3 reports the TERM from timeout as an "interrupt"
		if [ $rc -eq 124 ] || [ $rc -eq 143 ] ||
			grep -q '"error":.*interrupt' "$tmp/$name.json" 2>/dev/null; then
			echo "timed-out" > "$tmp/$name.why"
		else
			sed -n 's/.*"error":[[:space:]]*"\([^"]*\)".*/\1/p' "$tmp/$name.json" |
				head -1 | tr ' ' '_' > "$tmp/$name.why"
			[ -s "$tmp/$name.why" ] || echo "iperf3-exit-$rc" > "$tmp/$name.why"
		fi
		return 1
	done
}

# The interface's error counters, for the notes.
ifstats() {
	local s="/sys/class/net/$ifc/statistics"
	echo "rx_err=$(cat "$s/rx_errors"),rx_missed=$(cat "$s/rx_missed_errors"),tx_err=$(cat "$s/tx_errors")"
}

# TCP one way: tcp DRIVER REP tx|rx
tcp() {
	local d="$1" rep="$2" dir="$3" b0 r0 b1 r1 f mbps cpu
	b0=$(busy)
	r0=$(retrans)
	if [ "$dir" = rx ]; then
		iperf tcp_"$dir" -R
	else
		iperf tcp_"$dir"
	fi || {
		echo "fail $d $rep tcp_$dir - - - $(cat "$tmp/tcp_$dir.why")"
		echo "fail $d $rep tcp_${dir}_cpu - - - $(cat "$tmp/tcp_$dir.why")"
		return 1
	}
	b1=$(busy)
	r1=$(retrans)
	# shellcheck disable=SC2046
	set -- $(iperf_fields "$tmp/tcp_$dir.json")
	f=$(awk -v b="$3" -v s="$4" -v t=$((b1 - b0)) 'BEGIN {
		if (s <= 0 || b <= 0) exit 1
		printf "%.2f %.2f\n", b * 8 / s / 1e6, t * 10 / (b / 1048576)
	}') || {
		echo "fail $d $rep tcp_$dir - - - no-bytes"
		echo "fail $d $rep tcp_${dir}_cpu - - - no-bytes"
		return 1
	}
	mbps=${f% *}
	cpu=${f#* }
	echo "result $d $rep tcp_$dir $mbps Mbit/s $((r1 - r0)) bytes=$3,busy_ticks=$((b1 - b0)),$(ifstats)"
	echo "result $d $rep tcp_${dir}_cpu $cpu ms/MiB $((r1 - r0)) bytes=$3,busy_ticks=$((b1 - b0))"
}

# UDP, 64-byte datagrams as fast as the guest sends them: udp DRIVER REP
udp() {
	local d="$1" rep="$2" b0 r0 b1 r1 f
	b0=$(busy)
	r0=$(retrans)
	iperf udp -u -l 64 -b 0 || {
		echo "fail $d $rep udp64_tx - - - $(cat "$tmp/udp.why")"
		echo "fail $d $rep udp64_cpu - - - $(cat "$tmp/udp.why")"
		return 1
	}
	b1=$(busy)
	r1=$(retrans)
	# shellcheck disable=SC2046
	set -- $(iperf_fields "$tmp/udp.json")
	# arriving = sent in the receiver's count minus lost
	f=$(awk -v p="$5" -v l="$6" -v s="$4" -v t=$((b1 - b0)) 'BEGIN {
		n = p - l
		if (s <= 0 || n <= 0) exit 1
		printf "%.0f %.2f %d\n", n / s, t * 10000 / n, n
	}') || {
		echo "fail $d $rep udp64_tx - - - nothing-arrived"
		echo "fail $d $rep udp64_cpu - - - nothing-arrived"
		return 1
	}
	# shellcheck disable=SC2086
	set -- $f "$1" "$2" "$5" "$6"
	echo "result $d $rep udp64_tx $1 packets/s $((r1 - r0)) arrived=$3,sent=$5,lost=$7,busy_ticks=$((b1 - b0))"
	echo "result $d $rep udp64_cpu $2 us/packet $((r1 - r0)) arrived=$3,busy_ticks=$((b1 - b0))"
}

# Request/response latency: ICMP echo, one at a time 10 ms apart (as
# ping -i 0.01), timed to the nanosecond by echo-rtt: DRIVER REP
rtt() {
	local d="$1" rep="$2" out
	out=$(timeout $((pings / 20 + 10)) echo-rtt $host "$pings" 10 2>&1)
	# shellcheck disable=SC2086
	set -- $out
	if [ "${1:-}" != rtt_us ]; then
		echo "fail $d $rep ping_rtt - - - ${out:-no-replies}"
		return 1
	fi
	echo "result $d $rep ping_rtt $3 us 0 count=$7,lost=$9,min=$5"
}

# measure DRIVER REP: every figure; after a failure the driver is reloaded
# (a stalled rtl8139 receive path does not come back by itself).
measure() {
	local d="$1" rep="$2" fig ok
	for fig in tcp_tx tcp_rx udp64 ping; do
		case $fig in
		tcp_tx) tcp "$d" "$rep" tx ;;
		tcp_rx) tcp "$d" "$rep" rx ;;
		udp64) udp "$d" "$rep" ;;
		ping) rtt "$d" "$rep" ;;
		esac
		ok=$?
		[ $ok -eq 0 ] && continue
		echo "info $d $rep reloading the driver after a failed measurement"
		driver_down "$d" || return 1
		driver_up "$d" || return 1
	done
	return 0
}

command -v iperf3 >/dev/null || { log "no iperf3 in the guest"; exit 1; }
rtl_mmio >/dev/null || { log "no rtl8139 in the guest"; exit 1; }
ip link set lo up

ndrv=$(echo "$drivers" | tr ',' ' ' | wc -w)
echo "BSS-NETBENCH-BEGIN"
echo "info - - drivers=$drivers reps=$reps secs=$secs pings=$pings cpus=$(grep -c ^processor /proc/cpuinfo) kernel=$(uname -r)"
rc=0
skipped=
rep=1
while [ "$rep" -le "$reps" ]; do
	for d in $(echo "$drivers" | tr ',' ' '); do
		case " $skipped " in *" $d "*) continue ;; esac
		if ! driver_up "$d"; then
			echo "skip $d $rep setup-failed"
			log "$d: setup failed, skipping it"
			driver_down "$d" >/dev/null 2>&1
			skipped="$skipped $d"
			continue
		fi
		echo "info $d $rep iface=$ifc driver=$(basename "$(readlink /sys/class/net/"$ifc"/device/driver)")"
		measure "$d" "$rep" || rc=1
		if command -v ethtool >/dev/null && [ -n "$ifc" ]; then
			echo "info $d $rep ethtool $(ethtool -S "$ifc" 2>/dev/null | sed 1d | tr -d ' ' | tr '\n' ',')"
		fi
		driver_down "$d" || { log "$d: teardown failed"; rc=1; }
	done
	rep=$((rep + 1))
done
echo "BSS-NETBENCH-END"
[ "$ndrv" -gt 0 ] || rc=1
exit $rc
