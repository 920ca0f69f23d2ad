#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The main job inside the guest: bss.ko is loaded; load the default server
# graph with bssctl (images come from /lib/bss on demand), make it work,
# bind QEMU's edu device through the driver database, drive it, unload.
set -e
conf=/lib/bss/conf
echo "== bssctl version"
bssctl version
echo "== bssctl graph load $conf/graph.conf"
g=$(bssctl graph load $conf/graph.conf | sed -n 's/^graph //p')
bssctl graph show
r1=$(bssctl -j graph show | tr '{' '\n' | sed -n 's/.*"instance":\([0-9]*\),"name":"r1".*/\1/p')
echo "== relay r1 ($r1) calls its shared echo through a service call"
bssctl call "$r1" call 41
bssctl instance fns "$r1"
echo "== driver database: QEMU edu device -> edu driver graph"
d=$(bssctl graph load $conf/edu.conf | sed -n 's/^graph //p')
bssctl graph show
edu=$(bssctl -j graph show | tr '{' '\n' | sed -n 's/.*"instance":\([0-9]*\),"name":"bss_edu".*/\1/p')
echo "== edu ($edu): factorial via MMIO, an interrupt, a DMA round trip"
bssctl call "$edu" factorial 12
bssctl call "$edu" irq_raise 0x5a
bssctl call "$edu" irqs
bssctl call "$edu" dma_check 7
echo "== runtime"
bssctl runtime show
bssctl image show
echo "== unload"
bssctl graph unload "$d"
bssctl graph unload "$g"
bssctl runtime show
