#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build the guest's busybox initramfs: bss.ko and server modules, bssctl, the
# selftest binaries and the stock modules the tests need.
# Usage: mkinitramfs.sh OUT.cpio.gz KVER
# BSS_MODDIR: where KVER's stock modules are (default /lib/modules/KVER);
# BSS_KO_ROOT: the tree whose bsskmod/ and servers/ hold the .ko files;
# BSS_UNSIGNED: a directory of server modules left unsigned where the
# others are signed (make check-debug), packed as /lib/bss/unsigned/.
set -euo pipefail

out=$1
kver=$2
moddir=${BSS_MODDIR:-/lib/modules/$kver}
koroot=${BSS_KO_ROOT:-.}
root=$(dirname "$out")/root
stock=(
	drivers/net/mii.ko
	drivers/net/ethernet/realtek/8139cp.ko
	net/core/pktgen.ko
)

# A dynamically linked host program and the libraries it needs.
add_bin() {
	local bin=$1 lib
	[ -x "$bin" ] || return 0
	install -D -m 0755 "$bin" "$root$bin"
	for lib in $(ldd "$bin" | grep -oE '/[^ ]+'); do
		[ -e "$root$lib" ] || install -D -m 0755 "$lib" "$root$lib"
	done
}

rm -rf "$root"
mkdir -p "$root"/{bin,dev,proc,sys,tmp,selftests,lib/bss,lib/modules/"$kver"}
cp /bin/busybox "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
install -m 0755 tools/guest/init.sh "$root/init"
install -m 0755 tools/guest/run-main.sh "$root/lib/bss/run-main.sh"
install -m 0755 tools/guest/run-bench.sh "$root/lib/bss/run-bench.sh"
install -m 0755 tools/guest/net-bench.sh "$root/lib/bss/net-bench.sh"
install -m 0755 build/bssctl "$root/bin/bssctl"
install -m 0755 build/echo-rtt "$root/bin/echo-rtt"
find "$koroot/bsskmod" "$koroot/servers" -name '*.ko' -exec cp {} "$root/lib/bss/" \;
cp -r selftests/bss/conf "$root/lib/bss/conf"
if [ -n "${BSS_UNSIGNED:-}" ]; then
	mkdir -p "$root/lib/bss/unsigned"
	cp "$BSS_UNSIGNED"/*.ko "$root/lib/bss/unsigned/"
fi
for t in build/selftests/*; do
	[ -x "$t" ] && install -m 0755 "$t" "$root/selftests/"
done
# Real tools for the network tests: ethtool, iproute2's ip, iperf3.
add_bin /usr/sbin/ethtool
add_bin /usr/sbin/ip
add_bin /usr/bin/iperf3
# Debian's 6.12 ships them xz-compressed: busybox's insmod takes them plain.
for m in "${stock[@]}"; do
	src=$moddir/kernel/$m
	if [ -e "$src" ]; then
		cp "$src" "$root/lib/modules/$kver/"
	elif [ -e "$src.xz" ]; then
		xz -dc "$src.xz" > "$root/lib/modules/$kver/$(basename "$m")"
	fi
done
# The baselines of make baseline, when built.
for m in 8139too 8139too_fixed; do
	if [ -e "build/$m.ko" ] && modinfo -F vermagic "build/$m.ko" | grep -q "^$kver "; then
		cp "build/$m.ko" "$root/lib/modules/$kver/"
	fi
done
# make install into the image too (modules in /lib/modules/KVER/extra/bss
# and depmod over them and the stock ones), for graph_test's loading on
# demand; /lib/bss keeps the copies the tests load by path.
KVER=$kver DESTDIR=$root PREFIX=/usr BSS_KO_ROOT=$koroot tools/install.sh install > /dev/null
(cd "$root" && find . | cpio -o -H newc --quiet) | gzip -1 > "$out.tmp"
mv "$out.tmp" "$out"
