#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# DKMS on this host: dkms.conf's package added from a copy of the tree in
# /usr/src/bss-VERSION, built and installed for each Debian kernel series
# with headers here (6.1 and 6.12), each of its modules checked in place
# with the module alias the runtime's request_module() asks for, then
# removed again, leaving nothing behind. Needs root and dkms (tools/deps.sh
# installs it). TAP.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
n=0
tap() { n=$((n + 1)); if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; fi; }

ver=$(sed -n 's/^PACKAGE_VERSION="\(.*\)"/\1/p' dkms.conf)
uver=$(awk '/define BSS_VERSION_(MAJOR|MINOR|PATCH)/ { v = v (v == "" ? "" : ".") $3 } END { print v }' \
	uapi/linux/bss.h)
mods=$(sed -n 's/^BUILT_MODULE_NAME\[[0-9]*\]="\(.*\)"/\1/p' dkms.conf)
src=/usr/src/bss-$ver
log=build/pkg/dkms.log
mkdir -p build/pkg
: > "$log"

echo "TAP version 13"
tap "dkms: PACKAGE_VERSION $ver is uapi/linux/bss.h's BSS_VERSION $uver" '[ "$ver" = "$uver" ]'
# bss.ko and what each servers/*/Kbuild but the selftests' builds.
images() {
	echo bss
	sed -n 's/^obj-m :=//p' servers/*/Kbuild | tr ' ' '\n' | sed -n 's/\.o$//p'
}
tap "dkms: every server image but the selftests' own is listed" \
	'[ "$(echo "$mods" | sort)" = "$(images | sort)" ]'

# Leftovers of an earlier run that died half-way.
dkms remove -m bss -v "$ver" --all >> "$log" 2>&1
rm -rf "$src"
mkdir -p "$src"
git ls-files -z | tar --null -T - -c | tar -x -C "$src"
tap "dkms: add bss/$ver" 'dkms add -m bss -v "$ver" >> "$log" 2>&1'
for series in 6.1 6.12; do
	kver=$(tools/guest/kver.sh "$series" 2>/dev/null) || {
		echo "ok $((n += 1)) dkms: $series # SKIP no $series kernel with headers here"
		continue
	}
	tap "dkms: build for $kver" 'dkms build -m bss -v "$ver" -k "$kver" >> "$log" 2>&1'
	tap "dkms: install for $kver" 'dkms install -m bss -v "$ver" -k "$kver" >> "$log" 2>&1'
	for m in $mods; do
		tap "dkms: $kver has $m" 'modinfo -k "$kver" -n "$m" 2>/dev/null | grep -q "/$m.ko"'
	done
	tap "dkms: $kver resolves bss-image-bss_echo" \
		'modprobe -S "$kver" -R bss-image-bss_echo 2>/dev/null | grep -qx bss_echo'
done
tap "dkms: remove bss/$ver" 'dkms remove -m bss -v "$ver" --all >> "$log" 2>&1'
rm -rf "$src"
for series in 6.1 6.12; do
	kver=$(tools/guest/kver.sh "$series" 2>/dev/null) || continue
	tap "dkms: nothing of bss left for $kver" '! modinfo -k "$kver" -n bss >/dev/null 2>&1'
done
echo "1..$n"
