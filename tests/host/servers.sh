#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The server images as modules: each answers the alias the runtime's
# request_module() asks for when a configuration names an image that is
# not loaded ("bss-image-NAME", bsskmod/graph.c), so that an installed
# image (make install, depmod) loads on demand.
cd "$(dirname "$0")/../.." || exit 1
n=0
tap() { n=$((n + 1)); if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; fi; }

echo "TAP version 13"
grep -q 'request_module("bss-image-%s"' bsskmod/graph.c
tap "servers: the runtime asks for bss-image-NAME" '[ $? = 0 ]'
for ko in $(find servers -name 'bss_*.ko' | sort); do
	name=$(basename "$ko" .ko)
	tap "servers: $name answers bss-image-$name" \
		'modinfo -F alias "$ko" | grep -qx "bss-image-$name"'
done
echo "1..$n"
