#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check's pass on the other Debian kernel series (bookworm's 6.12,
# linux-image-6.12-amd64, beside the default 6.1): its packages installed
# (tools/deps.sh), bss.ko and the servers built against its headers from a
# copy of the sources in build/series/SERIES/src (an M= build writes its
# objects beside them, and the default kernel's stay where they are), the
# build required clean (no compiler, objtool or modpost warning), then
# every selftest in a guest that boots it.
# Usage: check-series.sh SERIES --prepare: install, build, then print the
# settings of tools/guest/run.sh for that guest (tools/check.sh uses
# them); check-series.sh SERIES [TEST]: run the selftests (or one).
set -euo pipefail

series=${1:?usage: check-series.sh SERIES [--prepare | TEST]}
shift
tools/deps.sh "$series" >&2
kver=$(tools/guest/kver.sh "$series")
dir=build/series/$series
src=$dir/src
t0=$SECONDS
rm -rf "$src"
mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard |
	tar --null -T - -c | tar -x -C "$src"
make -C "/lib/modules/$kver/build" M="$PWD/$src" modules > "$dir/modules.log" 2>&1 || {
	tail -n 30 "$dir/modules.log" >&2
	exit 1
}
if grep -E 'warning:|WARNING:' "$dir/modules.log" >&2; then
	echo "check-series: the module build against $kver warned ($dir/modules.log)" >&2
	exit 1
fi
echo "# modules built against $kver ($((SECONDS - t0)) s)" >&2
BSS_KO_ROOT=$src tools/guest/mkinitramfs.sh "$dir/initramfs.cpio.gz" "$kver"
settings=(
	"BSS_KVER=$kver" "BSS_INITRD=$dir/initramfs.cpio.gz"
	"BSS_GUEST_DIR=build/guest/series-$series"
)
# shellcheck source=tools/guest/settings.sh
. tools/guest/settings.sh
prepare_or_run "${1:-}"
