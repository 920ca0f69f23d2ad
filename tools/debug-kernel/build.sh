#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build the debug kernel: Debian's linux-source-6.1 on a small base
# (allnoconfig + base.config, what the test guest needs) with the checkers of
# debug.config (KASAN, UBSAN, kmemleak, lockdep, ...). A cold build takes
# tens of minutes on two cores, so the result is cached outside the
# repository, in ${BSS_DEBUG_KERNEL_CACHE:-/var/cache/bss/debug-kernel}/KEY,
# KEY a hash of the package's version, the fragments and this script:
#   bzImage, release    the kernel and its `uname -r`
#   build/              O= tree, KDIR of `make -C KDIR M=... modules`
#   modules/            lib/modules/RELEASE of `make modules_install`
#   build-seconds       wall time of the build
#   stamp               written last: the cache is complete
# A complete cache is used as it is. Make's output goes to stderr; the last
# line of stdout is the cache's path.
set -euo pipefail

self=$(readlink -f "$0")
here=${self%/*}
cache=${BSS_DEBUG_KERNEL_CACHE:-/var/cache/bss/debug-kernel}
tarball=/usr/src/linux-source-6.1.tar.xz
frags=("$here/base.config" "$here/debug.config")

ver=$(dpkg-query -W -f='${Version}' linux-source-6.1)
key=$({ echo "$ver"; cat "${frags[@]}" "$self"; } | sha256sum | cut -c1-12)
out=$cache/$key
[ -e "$out/stamp" ] && { echo "$out"; exit 0; }

# One build at a time: a second caller waits, then finds the stamp.
mkdir -p "$cache"
exec 9> "$cache/.lock"
flock 9
[ -e "$out/stamp" ] && { echo "$out"; exit 0; }
start=$SECONDS

# The source, unpacked once per package version beside the builds. It never
# moves: the O= tree names it by absolute path (its Makefile, `source`).
src=$cache/src-${ver//[^A-Za-z0-9.+~-]/_}
if [ ! -d "$src" ]; then
	echo "debug-kernel: unpacking $tarball" >&2
	rm -rf "$src.tmp"
	mkdir -p "$src.tmp"
	tar -xJf "$tarball" -C "$src.tmp" --strip-components=1
	mv "$src.tmp" "$src"
fi

# Leftovers of an interrupted build (no stamp) go; the build happens in
# $tmp, renamed to $out only when it is whole.
tmp=$out.tmp
rm -rf "$out" "$tmp"
mkdir -p "$tmp/build"

kmake() {
	nice -n 10 make -C "$src" O="$tmp/build" ARCH=x86_64 -j"$(nproc)" "$@" >&2
}

# allnoconfig with the fragments forced in: everything else stays off.
(cd "$src" && ARCH=x86_64 scripts/kconfig/merge_config.sh -n \
	-O "$tmp/build" "${frags[@]}") >&2
kmake olddefconfig

# merge_config.sh only warns about a value that did not take (a dependency
# missing, a name misspelt): fail instead. "is not set" also holds for a
# symbol that is not there at all.
fail=0
while read -r line; do
	case $line in
	CONFIG_*)
		grep -qxF -- "$line" "$tmp/build/.config" && continue ;;
	*)
		sym=${line#\# }
		sym=${sym%% *}
		grep -q "^$sym=" "$tmp/build/.config" || continue ;;
	esac
	echo "debug-kernel: '$line' did not take" >&2
	fail=1
done < <(grep -hE '^(CONFIG_|# CONFIG_[A-Za-z0-9_]+ is not set)' "${frags[@]}")
[ $fail -eq 0 ] || exit 1

echo "debug-kernel: building $key in $tmp" >&2
kmake
kmake modules_install INSTALL_MOD_PATH="$tmp/modules"
make -s -C "$src" O="$tmp/build" ARCH=x86_64 kernelrelease > "$tmp/release"
release=$(cat "$tmp/release")
cp "$tmp/build/arch/x86/boot/bzImage" "$tmp/bzImage"

# M= builds need .config, Module.symvers, include/, scripts/, objtool and
# the Makefiles, not the objects: the modules are installed above, vmlinux
# and System.map stay for reading reports.
find "$tmp/build" \( -name '*.o' -o -name '*.ko' -o -name '*.a' \
	-o -name '.*.cmd' -o -name '*.mod' -o -name '*.mod.c' \) -delete

# modules_install links build/ by absolute path, which moves with the
# rename: relative instead.
mv "$tmp" "$out"
ln -sfn ../../../../build "$out/modules/lib/modules/$release/build"

# Prove the pruned tree still builds an out-of-tree module, the way the
# project's Makefile calls it (no ARCH=).
hello=$(mktemp -d)
trap 'rm -rf "$hello"' EXIT
cat > "$hello/hello.c" <<'EOF'
#include <linux/module.h>
static int __init hello_init(void) { pr_info("hello\n"); return 0; }
static void __exit hello_exit(void) { }
module_init(hello_init);
module_exit(hello_exit);
MODULE_LICENSE("GPL");
EOF
echo 'obj-m := hello.o' > "$hello/Kbuild"
make -C "$out/build" M="$hello" modules >&2
modinfo -F vermagic "$hello/hello.ko" | grep -q "^$release " || {
	echo "debug-kernel: hello.ko not built for $release" >&2
	exit 1
}

echo $((SECONDS - start)) > "$out/build-seconds"
touch "$out/stamp"
echo "$out"
