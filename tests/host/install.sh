#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make install and make uninstall (tools/install.sh) into a scratch
# DESTDIR: every file where the man page and tools/install.sh say, the
# depmod files naming each image's bss-image-NAME alias, and nothing left
# after uninstall. TAP.
cd "$(dirname "$0")/../.." || exit 1
n=0
tap() { n=$((n + 1)); if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; fi; }

kver=$(tools/guest/kver.sh)
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
mods=$dest/lib/modules/$kver/extra/bss
images=$(find servers -name 'bss_*.ko' -not -path 'servers/test/*' -exec basename {} .ko \; | sort)

echo "TAP version 13"
tap "install: runs" 'KVER=$kver DESTDIR=$dest PREFIX=/usr/local tools/install.sh install > /dev/null'
tap "install: bss.ko in extra/bss" '[ -f "$mods/bss.ko" ]'
for i in $images; do
	tap "install: $i.ko in extra/bss, alias bss-image-$i for modprobe" \
		'[ -f "$mods/$i.ko" ] && grep -qx "alias bss-image-$i $i" "$dest/lib/modules/$kver/modules.alias"'
done
tap "install: no selftest server installed" \
	'[ "$(ls "$mods" | sed "s/\.ko$//" | grep -v "^bss$" | sort)" = "$images" ]'
tap "install: bssctl, man page, completion under PREFIX" \
	'[ -x "$dest/usr/local/sbin/bssctl" ] && [ -f "$dest/usr/local/share/man/man8/bssctl.8" ] &&
	 [ -f "$dest/usr/local/share/bash-completion/completions/bssctl" ]'
tap "install: the driver database in /etc/bss" \
	'[ -f "$dest/etc/bss/rtl8139.conf" ] && [ -f "$dest/etc/bss/rtl8139-driver.conf" ]'
tap "install: bss_echo depends on bss in modules.dep" \
	'grep -qx "extra/bss/bss_echo.ko: extra/bss/bss.ko" "$dest/lib/modules/$kver/modules.dep"'
tap "install: bssctl.8 names the directory images go to" \
	'grep -q "/extra/bss" tools/bssctl/bssctl.8'
tap "uninstall: runs" 'KVER=$kver DESTDIR=$dest PREFIX=/usr/local tools/install.sh uninstall > /dev/null'
tap "uninstall: nothing left" '[ -z "$(find "$dest" -mindepth 1)" ]'
tap "uninstall: a second time says nothing is installed" \
	'! KVER=$kver DESTDIR=$dest PREFIX=/usr/local tools/install.sh uninstall 2> /dev/null'
echo "1..$n"
