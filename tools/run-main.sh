#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make run: the main job in the guest (tools/guest/run-main.sh), and its
# output; run.sh provides the host's iperf3 server and cleans up.
set -uo pipefail

tools/guest/run.sh run
rc=$?
tr -d '\r' < build/guest/run/results.log | sed -n '/^# dmesg-begin/q;p'
exit $rc
