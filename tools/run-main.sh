#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make run: an iperf3 server on the host's loopback (the guest reaches it
# as 10.0.2.2 over QEMU user networking), then the main job in the guest,
# and its output. The server never outlives this script.
set -uo pipefail

port=$((20000 + RANDOM % 20000))
iperf3 -s -p "$port" >/dev/null 2>&1 &
srv=$!
trap 'kill $srv 2>/dev/null; wait $srv 2>/dev/null' EXIT INT TERM
BSS_APPEND="bss.iperf=$port" tools/guest/run.sh run
rc=$?
tr -d '\r' < build/guest/run/results.log | sed -n '/^# dmesg-begin/q;p'
exit $rc
