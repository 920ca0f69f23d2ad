#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The main job inside the guest: bss.ko is loaded; load the default server
# graphs with bssctl (images come from /lib/bss on demand): a small server
# graph doing service calls, the edu driver on QEMU's edu device, and the
# RTL-8139 driver server as the guest's network interface, carrying real
# traffic to the host over QEMU user networking. Then unload everything.
set -e
conf=/lib/bss/conf
id_of() {	# instance ID of the graph node named $1
	bssctl -j graph show | tr '{' '\n' |
		sed -n "s/.*\"instance\":\([0-9]*\),\"name\":\"$1\".*/\1/p" | head -n1
}

echo "== bssctl version"
bssctl version
echo "== bssctl graph load $conf/graph.conf"
g=$(bssctl graph load $conf/graph.conf | sed -n 's/^graph //p')
bssctl graph show
r1=$(id_of r1)
echo "== relay r1 ($r1) calls its shared echo through a service call"
bssctl call "$r1" call 41

echo "== driver database: QEMU edu device -> edu driver graph"
d=$(bssctl graph load $conf/edu.conf | sed -n 's/^graph //p')
edu=$(id_of bss_edu)
echo "== edu ($edu): factorial via MMIO, an interrupt, a DMA round trip"
bssctl call "$edu" factorial 12
bssctl call "$edu" irq_raise 0x5a
bssctl call "$edu" dma_check 7

echo "== driver database: RTL-8139 -> the BSS network driver"
n=$(bssctl graph load $conf/rtl8139.conf | sed -n 's/^graph //p')
bssctl graph show
dev=$(for i in /sys/class/net/*; do
	[ "$(readlink "$i/device/driver")" != "${i%/*}" ] &&
	case $(readlink "$i/device/driver") in */bss) echo "${i##*/}" ;; esac
done | head -n1)
echo "== $dev"
ethtool -i "$dev"
ip link set "$dev" up
ip addr add 10.0.2.15/24 dev "$dev"
ip route add default via 10.0.2.2
sleep 1
ethtool "$dev" | grep -E 'Speed|Duplex|Link detected'
echo "== ping the QEMU gateway through the BSS driver"
ping -c 5 -i 0.2 10.0.2.2
if [ -n "$BSS_IPERF_PORT" ]; then
	echo "== iperf3 to the host (guest -> host, then host -> guest)"
	iperf3 -c 10.0.2.2 -p "$BSS_IPERF_PORT" -t 3 -f m | tail -n 4
	iperf3 -c 10.0.2.2 -p "$BSS_IPERF_PORT" -t 3 -f m -R | tail -n 4
fi
/usr/sbin/ip -s link show "$dev"	# iproute2: busybox sh prefers its own applet
ethtool -S "$dev"
ip link set "$dev" down

echo "== runtime"
bssctl runtime show
echo "== unload"
bssctl graph unload "$n"
bssctl graph unload "$d"
bssctl graph unload "$g"
bssctl runtime show
