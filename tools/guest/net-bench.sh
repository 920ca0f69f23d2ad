#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Placeholder while the network benchmark is written.
echo "net-bench: not written yet" >&2
exit 1
