#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Print the Debian kernel to build against and boot: by default the one
# Debian's default kernel package (linux-image-amd64) depends on, whatever
# else is installed (bookworm's 6.12 from linux-image-6.12-amd64 too);
# with an argument, the newest installed one of that series ("6.12",
# "6.1"). It must have both its image and its headers. The ABI number
# moves with security updates: never hard-code it.
# Usage: kver.sh [SERIES]
set -euo pipefail

has_both() {
	[ -e "/boot/vmlinuz-$1" ] && [ -d "/lib/modules/$1/build" ] && [ -d "/lib/modules/$1/kernel" ]
}

if [ -z "${1:-}" ]; then
	v=$(dpkg-query -W -f '${Depends}' linux-image-amd64 2>/dev/null |
	    tr ',' '\n' | sed -n 's/^ *linux-image-\([^ ]*\).*/\1/p' | head -n1)
	if [ -n "$v" ] && has_both "$v"; then
		echo "$v"
		exit 0
	fi
	echo "kver: linux-image-amd64's kernel ${v:-(none)} lacks its image or headers (run make deps)" >&2
	exit 1
fi
best=
for img in /boot/vmlinuz-"$1".*; do
	[ -e "$img" ] || continue
	v=${img#/boot/vmlinuz-}
	has_both "$v" || continue
	best=$(printf '%s\n%s\n' "$best" "$v" | sed '/^$/d' | sort -V | tail -n1)
done
if [ -z "$best" ]; then
	echo "kver: no $1 kernel with both image and headers installed (make deps KSERIES=$1)" >&2
	exit 1
fi
echo "$best"
