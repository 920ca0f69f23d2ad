#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The main job inside the guest: show the runtime answering through /dev/bss.
set -e
echo "== bssctl version"
bssctl version
echo "== bssctl -p version"
bssctl -p version
