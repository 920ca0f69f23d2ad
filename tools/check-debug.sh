#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check-debug: every selftest in the guest under a debug kernel
# (KASAN, UBSAN, kmemleak, lockdep, fault injection: tools/debug-kernel/),
# built once and cached outside the repository. bss.ko and the servers are
# built against it from a copy of the sources in build/debug/src (an M=
# build writes its objects beside them). The fuzzer runs its full count
# and the fault-injection test runs where the kernel has failslab. The
# fuzzer's 102,000 take 100 image loads instead of its 2% share (a load
# costs a few seconds here): just over 100,000 inputs in all.
# bss.ko and the servers are signed with the key the debug kernel's build
# generated (it trusts that key and no other), but for unsigned copies of
# two servers in /lib/bss/unsigned/; after the main boot, a second, short
# one with module.sig_enforce=1 lockdown=integrity runs lockdown_test
# alone (logs in build/guest/lockdown).
# Usage: check-debug.sh [TEST]: run the selftests (or one);
#        check-debug.sh --prepare: only build, then print the settings of
#        tools/guest/run.sh for the debug guest (tools/check.sh uses them).
set -euo pipefail

# net_test under KASAN and lockdep in TCG moves a few Mbit/s and takes a
# second per interface down/up: it runs a fifth of its cycles here
# (bss.net_scale=20; BSS_NET_SCALE sets another share).
net_scale=${BSS_NET_SCALE:-20}

t0=$SECONDS
dk=$(tools/debug-kernel/build.sh | tail -n1)
rel=$(cat "$dk/release")
echo "# debug kernel $rel from $dk ($((SECONDS - t0)) s)" >&2
src=build/debug/src
rm -rf "$src"
mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard |
	tar --null -T - -c | tar -x -C "$src"
t1=$SECONDS
make -C "$dk/build" M="$PWD/$src" modules > build/debug/modules.log 2>&1 || {
	tail -n 30 build/debug/modules.log >&2
	exit 1
}
if grep -E 'warning:|WARNING:' build/debug/modules.log >&2; then
	echo "check-debug: the module build warned (build/debug/modules.log)" >&2
	exit 1
fi
echo "# modules built against $rel ($((SECONDS - t1)) s)" >&2
# lockdown_test's unsigned servers: a good one and one the runtime refuses.
unsigned=build/debug/unsigned
rm -rf "$unsigned"
mkdir -p "$unsigned"
cp "$src/servers/echo/bss_echo.ko" "$src/servers/test/badsig/bss_badsig.ko" "$unsigned/"
find "$src/bsskmod" "$src/servers" -name '*.ko' -print0 |
	xargs -0 -n 1 "$dk/build/scripts/sign-file" sha256 \
		"$dk/build/certs/signing_key.pem" "$dk/build/certs/signing_key.x509"
BSS_MODDIR=$dk/modules/lib/modules/$rel BSS_KO_ROOT=$src BSS_UNSIGNED=$unsigned \
	tools/guest/mkinitramfs.sh build/debug/initramfs.cpio.gz "$rel"
settings=(
	"BSS_KVER=$rel" "BSS_KERNEL=$dk/bzImage" "BSS_INITRD=build/debug/initramfs.cpio.gz"
	"BSS_GUEST_DIR=build/guest/debug" "BSS_GUEST_MEM=${BSS_GUEST_MEM:-2048}"
	"BSS_GUEST_TIMEOUT=${BSS_GUEST_TIMEOUT:-3600}"
	"BSS_APPEND=${BSS_APPEND:-} bss.fuzz=${BSS_FUZZ:-102000} bss.fuzz_load=${BSS_FUZZ_LOAD:-100} bss.stress=20 bss.net_scale=$net_scale"
	"BSS_LOCKDOWN_APPEND=${BSS_APPEND:-} ${BSS_LOCKDOWN:-module.sig_enforce=1 lockdown=integrity}"
)
# shellcheck source=tools/guest/settings.sh
. tools/guest/settings.sh
prepare_or_run "${1:-}"
