#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# docs/servers.md's example, built as a reader builds it: every fenced
# block that follows a line starting "`counter2/FILE`" is copied out of
# the page into a directory outside this tree, the kit is installed as
# `make install` installs it (into a DESTDIR of its own), and the project
# is built there with its own Makefile, against KDIR. Leaves OUT/
# bss_counter2.ko and OUT/try.sh for the guest (tutorial_test, in the
# main boot: /lib/bss/tutorial/).
# Usage: tutorial.sh OUT (KVER and KDIR from the environment).
set -euo pipefail

out=${1:?usage: tutorial.sh OUT}
kver=${KVER:?KVER is not set}
kdir=${KDIR:-/lib/modules/$kver/build}
work=$(mktemp -d /tmp/bss-tutorial.XXXXXX)
mkdir "$work/counter2"
trap 'rm -rf "$work"' EXIT

fail() {
	echo "tutorial: $*" >&2
	exit 1
}

# The page's files: a marker line names the next fenced block.
awk -v dir="$work" '
	/^```/ {
		if (open) { open = 0; if (path) close(path); path = ""; next }
		open = 1
		if (name != "") { path = dir "/" name; printf "" > path; n++ }
		name = ""
		next
	}
	open { if (path) print > path; next }
	/^`counter2\/[A-Za-z0-9_.]+`/ { name = substr($0, 2); sub(/`.*/, "", name) }
	END { if (open) { print "docs/servers.md: a fenced block is not closed" > "/dev/stderr"; exit 1 } }
' docs/servers.md
for f in counter2.cat counter2.c Kbuild Makefile try.sh; do
	[ -s "$work/counter2/$f" ] || fail "docs/servers.md has no block for counter2/$f"
done

KVER=$kver DESTDIR=$work/root PREFIX=/usr/local tools/install.sh install > /dev/null
log=$work/build.log
if ! make -C "$work/counter2" BSS_DIR="$work/root/usr/local/share/bss" KDIR="$kdir" \
	> "$log" 2>&1; then
	tail -n 30 "$log" >&2
	fail "the example does not build out of tree (above)"
fi
if grep -E 'warning:|WARNING:' "$log" >&2; then
	fail "the example's build warned"
fi
[ -f "$work/counter2/bss_counter2.ko" ] || fail "no bss_counter2.ko"
mkdir -p "$out"
cp "$work/counter2/bss_counter2.ko" "$work/counter2/try.sh" "$out/"
echo "tutorial: docs/servers.md's counter2 built out of tree in $work against $kver"
