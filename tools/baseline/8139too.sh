#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make baseline: build the in-tree 8139too from Debian's linux-source-6.1
# out of tree, with ONLY its refusal of the "enhanced 8139C+" revision
# (>= 0x20, which QEMU's rtl8139 reports) removed, so that it binds QEMU's
# emulated chip. Its figures are labelled "8139too (rebuilt, C+ refusal
# removed)". The driver source is extracted into build/8139too/ and never
# committed. Usage: 8139too.sh KVER  ->  build/8139too.ko
#
# A second build, build/8139too_fixed.ko (module 8139too_fixed), adds one
# more change: rtl8139_poll() reads the ring whatever ISR says, which
# cures the lost receive wakeup that stalls 8139too on QEMU
# (docs/rtl8139-qemu.md). Labelled "8139too (rebuilt, C+ refusal removed,
# poll fix)"; the comparison that does not rest on the baseline's defect.
set -euo pipefail

kver=$1
kdir=/lib/modules/$kver/build
tarball=/usr/src/linux-source-6.1.tar.xz
member=linux-source-6.1/drivers/net/ethernet/realtek/8139too.c
dir=build/8139too
out=build/8139too.ko

[ -r "$tarball" ] || { echo "baseline: no $tarball (make deps)" >&2; exit 1; }
[ -d "$kdir" ] || { echo "baseline: no $kdir (make deps)" >&2; exit 1; }

rm -rf "$dir"
mkdir -p "$dir"
tar -xJf "$tarball" -C "$dir" --strip-components=5 "$member"
orig=$dir/8139too.c.orig
mv "$dir/8139too.c" "$orig"

# Drop exactly the block
#	if (pdev->vendor == PCI_VENDOR_ID_REALTEK &&
#	    pdev->device == PCI_DEVICE_ID_REALTEK_8139 && pdev->revision >= 0x20) {
#		dev_info(... "enhanced 8139C+ chip, use 8139cp\n" ...);
#		return -ENODEV;
#	}
# from rtl8139_init_one(), leaving a comment in its place; anything else in
# the file (including the other vendor checks) stays byte for byte.
awk '
held != "" {
	if ($0 ~ /pdev->revision >= 0x20\) \{$/ &&
	    held ~ /^\tif \(pdev->vendor == PCI_VENDOR_ID_REALTEK &&$/) {
		skip = 1
		held = ""
		next
	}
	print held
	held = ""
}
skip {
	if ($0 ~ /use 8139cp/)
		msg = 1
	if ($0 ~ /^\t}$/) {
		skip = 0
		if (!msg)
			exit 2
		print "\t/* baseline: C+ (revision >= 0x20) refusal removed by tools/baseline/8139too.sh */"
		removed++
	}
	next
}
/^\tif \(pdev->vendor == PCI_VENDOR_ID_REALTEK &&$/ { held = $0; next }
{ print }
END {
	if (held != "")
		print held
	if (removed != 1 || skip)
		exit 2
}' "$orig" > "$dir/8139too.c" || {
	echo "baseline: the C+ refusal in 8139too.c was not found exactly once" >&2
	exit 1
}
if grep -q 'use 8139cp' "$dir/8139too.c"; then
	echo "baseline: the C+ refusal is still in 8139too.c" >&2
	exit 1
fi
# The edit is the one block: seven lines out, one comment in.
changed=$(diff "$orig" "$dir/8139too.c" | grep -c '^[<>]' || true)
if [ "$changed" -ne 8 ]; then
	echo "baseline: unexpected edit to 8139too.c ($changed lines changed)" >&2
	diff -u "$orig" "$dir/8139too.c" >&2 || true
	exit 1
fi
diff -u "$orig" "$dir/8139too.c" > "$dir/c-plus-refusal.diff" || true

printf '%s\n' '# SPDX-License-Identifier: GPL-2.0' 'obj-m := 8139too.o' > "$dir/Kbuild"
make -C "$kdir" M="$PWD/$dir" modules
cp "$dir/8139too.ko" "$out"
echo "baseline: $out is 8139too (rebuilt, C+ refusal removed) for $kver"

# The poll fix: exactly these two lines of rtl8139_poll() become one call.
fdir=build/8139too_fixed
rm -rf "$fdir"
mkdir -p "$fdir"
awk '
/^\tif \(likely\(RTL_R16\(IntrStatus\) & RxAckBits\)\)$/ { held = 1; next }
held && /^\t\twork_done \+= rtl8139_rx\(dev, tp, budget\);$/ {
	print "\t/* baseline: poll fix by tools/baseline/8139too.sh: read the ring whatever ISR says */"
	print "\twork_done += rtl8139_rx(dev, tp, budget);"
	held = 0
	fixed++
	next
}
held { exit 2 }
{ print }
END { if (fixed != 1) exit 2 }' "$dir/8139too.c" > "$fdir/8139too_fixed.c" || {
	echo "baseline: the Rx check in rtl8139_poll() was not found exactly once" >&2
	exit 1
}
changed=$(diff "$dir/8139too.c" "$fdir/8139too_fixed.c" | grep -c '^[<>]' || true)
if [ "$changed" -ne 4 ]; then
	echo "baseline: unexpected edit for the poll fix ($changed lines changed)" >&2
	exit 1
fi
diff -u "$dir/8139too.c" "$fdir/8139too_fixed.c" > "$fdir/poll-fix.diff" || true
printf '%s\n' '# SPDX-License-Identifier: GPL-2.0' 'obj-m := 8139too_fixed.o' > "$fdir/Kbuild"
make -C "$kdir" M="$PWD/$fdir" modules
cp "$fdir/8139too_fixed.ko" build/8139too_fixed.ko
echo "baseline: build/8139too_fixed.ko is 8139too (rebuilt, C+ refusal removed, poll fix)"
