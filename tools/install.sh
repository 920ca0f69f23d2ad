#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make install / make uninstall. What goes where (DESTDIR in front of
# each, PREFIX default /usr/local):
#   /lib/modules/KVER/extra/bss/   bss.ko and the server images (not the
#                                  selftests' own), then depmod, so that
#                                  the runtime's request_module("bss-image-
#                                  NAME") finds them (MODULE_ALIAS)
#   /etc/bss/                      the driver database's configurations
#   PREFIX/sbin/bssctl             the CLI; it looks for images in
#                                  $BSS_PATH, else /lib/modules/RELEASE/
#                                  extra/bss:/lib/bss (bssctl(8))
#   PREFIX/share/man/man8/bssctl.8, PREFIX/share/bash-completion/
#   completions/bssctl
#   PREFIX/share/bss/              the kit for servers built out of tree
#                                  (servers/server.mk, docs/servers.md):
#                                  server.mk, include/bss/, services.cat,
#                                  catalogue.awk, bss.ko's Module.symvers
#   PREFIX/share/bss/manifest      what was installed, for uninstall
# Usage: install.sh install|uninstall (KVER, DESTDIR, PREFIX from the
# environment; make passes them). BSS_KO_ROOT: the tree whose bsskmod/ and
# servers/ hold the .ko files (default this one; the guests' initramfs of
# another kernel has its own).
set -euo pipefail

verb=${1:?usage: install.sh install|uninstall}
kver=${KVER:?KVER is not set}
dest=${DESTDIR:-}
prefix=${PREFIX:-/usr/local}
moddir=/lib/modules/$kver/extra/bss
kit=$prefix/share/bss
manifest=$kit/manifest
koroot=${BSS_KO_ROOT:-.}
confs=(rtl8139.conf rtl8139-driver.conf edu.conf edu-driver.conf)

# depmod for KVER, in DESTDIR when there is one; skipped when KVER's tree
# is not there (a DESTDIR that holds only what this installs gets its own,
# and loses it with the last module).
run_depmod() {
	local dir=$dest/lib/modules/$kver

	if [ -n "$dest" ] && ! find "$dir" -name '*.ko*' 2>/dev/null | grep -q .; then
		rm -f "$dir"/modules.*
		rmdir -p "$dir" 2>/dev/null || true
	elif [ -n "$dest" ]; then
		# A DESTDIR has no kernel of its own: no builtin lists to read.
		depmod -b "$dest" "$kver" 2>&1 | { grep -v 'could not open modules\.' || true; } >&2
	elif [ -d "/lib/modules/$kver/kernel" ]; then
		depmod "$kver"
	fi
}

put() {	# put MODE SOURCE TARGET: install one file, and list it
	install -D -m "$1" "$2" "$dest$3"
	echo "$3" >> "$dest$manifest.new"
}

# What a server project outside this tree builds with (servers/server.mk).
put_kit() {
	local h symvers

	put 0644 servers/server.mk "$kit/server.mk"
	put 0644 servers/services.cat "$kit/services.cat"
	put 0644 tools/catalogue/gen.awk "$kit/catalogue.awk"
	for h in abi.h runtime.h server.h services.h; do
		put 0644 "servers/include/bss/$h" "$kit/include/bss/$h"
	done
	symvers=$(mktemp)
	awk '$3 ~ /(^|\/)bsskmod\/bss$/' "$koroot/Module.symvers" > "$symvers"
	if [ ! -s "$symvers" ]; then
		rm -f "$symvers"
		echo "install: no bss.ko symbols in $koroot/Module.symvers" >&2
		exit 1
	fi
	put 0644 "$symvers" "$kit/Module.symvers"
	rm -f "$symvers"
}

do_install() {
	local ko c

	mkdir -p "$(dirname "$dest$manifest")"
	: > "$dest$manifest.new"
	put 0644 "$koroot/bsskmod/bss.ko" "$moddir/bss.ko"
	for ko in $(cd "$koroot" && find servers -name 'bss_*.ko' -not -path 'servers/test/*' | sort); do
		put 0644 "$koroot/$ko" "$moddir/$(basename "$ko")"
	done
	for c in "${confs[@]}"; do
		put 0644 "selftests/bss/conf/$c" "/etc/bss/$c"
	done
	put_kit
	put 0755 build/bssctl "$prefix/sbin/bssctl"
	put 0644 tools/bssctl/bssctl.8 "$prefix/share/man/man8/bssctl.8"
	put 0644 tools/bssctl/bash-completion/bssctl \
		"$prefix/share/bash-completion/completions/bssctl"
	echo "$manifest" >> "$dest$manifest.new"
	mv "$dest$manifest.new" "$dest$manifest"
	run_depmod
	echo "install: $(wc -l < "$dest$manifest") files under ${dest:-/}, modules in $moddir"
}

do_uninstall() {
	local f n=0

	if [ ! -f "$dest$manifest" ]; then
		echo "uninstall: nothing installed (no $dest$manifest)" >&2
		exit 1
	fi
	while read -r f; do
		case "$f" in
		/*) rm -f "$dest$f"; n=$((n + 1)) ;;
		esac
	done < "$dest$manifest"
	rmdir "$dest$moddir" "$dest/etc/bss" "$dest$kit/include/bss" "$dest$kit/include" \
		"$dest$kit" 2>/dev/null || true
	run_depmod
	[ -n "$dest" ] && find "$dest" -mindepth 1 -depth -type d -empty -delete
	echo "uninstall: $n files removed under ${dest:-/}"
}

case "$verb" in
install) do_install ;;
uninstall) do_uninstall ;;
*) echo "usage: install.sh install|uninstall" >&2; exit 2 ;;
esac
