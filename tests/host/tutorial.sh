#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# docs/servers.md's example, copied out of the page and built outside this
# tree from the installed kit alone (tools/tutorial.sh), and the kit as
# make install puts it. TAP.
cd "$(dirname "$0")/../.." || exit 1
n=0
tap() { n=$((n + 1)); if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; fi; }

kver=$(tools/guest/kver.sh)
out=$(mktemp -d)
dest=$(mktemp -d)
trap 'rm -rf "$out" "$dest"' EXIT
kit=$dest/usr/local/share/bss

echo "TAP version 13"
KVER=$kver DESTDIR=$dest PREFIX=/usr/local tools/install.sh install > /dev/null
tap "kit: server.mk, catalogue, generator, headers and bss.ko's symbols" \
	'for f in server.mk services.cat catalogue.awk Module.symvers include/bss/server.h \
		include/bss/services.h include/bss/abi.h include/bss/runtime.h; do
		[ -s "$kit/$f" ] || { echo "# no $f"; exit 1; }; done'
tap "kit: Module.symvers holds bss.ko's exports only" \
	'[ "$(awk "{print \$2}" "$kit/Module.symvers" | sort)" = \
	   "$(grep -ohE "EXPORT_SYMBOL_NS_GPL\(bss_[a-z_]+" bsskmod/*.c bsskmod/*.S 2>/dev/null |
	      sed "s/.*(//" | sort)" ]'
tap "tutorial: docs/servers.md's counter2 builds out of tree, without a warning" \
	'KVER=$kver tools/tutorial.sh "$out" > "$out.log" 2>&1 || { sed "s/^/# /" "$out.log"; false; }'
rm -f "$out.log"
tap "tutorial: the module depends on bss.ko and carries its image alias" \
	'modinfo -F depends "$out/bss_counter2.ko" | grep -qx bss &&
	 modinfo -F alias "$out/bss_counter2.ko" | grep -qx bss-image-bss_counter2'
tap "tutorial: the page gives the commands to run it (try.sh)" \
	'grep -q "^bssctl call \$id add 5 .*# ret 5$" "$out/try.sh"'
echo "1..$n"
