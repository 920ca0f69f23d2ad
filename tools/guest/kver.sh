#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Print the newest installed Debian kernel that has both its image and its
# headers. The ABI number moves with security updates: never hard-code it.
set -euo pipefail

best=
for img in /boot/vmlinuz-*; do
	[ -e "$img" ] || continue
	v=${img#/boot/vmlinuz-}
	[ -d "/lib/modules/$v/build" ] && [ -d "/lib/modules/$v/kernel" ] || continue
	best=$(printf '%s\n%s\n' "$best" "$v" | sed '/^$/d' | sort -V | tail -n1)
done
if [ -z "$best" ]; then
	echo "kver: no kernel with both image and headers installed (run make deps)" >&2
	exit 1
fi
echo "$best"
