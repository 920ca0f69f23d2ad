#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Install, idempotently, what building, the guest and the tests need from
# Debian's packages. Quiet and quick when everything is already there.
# Usage: deps.sh [SERIES]: also that kernel series (6.12: bookworm's
# linux-image-6.12-amd64, whose module build needs pahole from dwarves).
set -euo pipefail

pkgs=(
	build-essential bc bison flex libelf-dev libssl-dev openssl kmod cpio xz-utils
	linux-headers-amd64 linux-image-amd64 linux-source-6.1
	qemu-system-x86 busybox-static iperf3 ethtool iproute2
	sparse clang libclang-rt-14-dev dkms
)
series=${1:-}
[ -n "$series" ] && pkgs+=("linux-headers-$series-amd64" "linux-image-$series-amd64" dwarves)

missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing+=("$p")
done
# Headers and image must be the same version: the guest boots the kernel
# the module was built against.
if [ ${#missing[@]} -eq 0 ] && ! tools/guest/kver.sh $series >/dev/null 2>&1; then
	missing+=(linux-headers-amd64 linux-image-amd64)
	[ -n "$series" ] && missing+=("linux-headers-$series-amd64" "linux-image-$series-amd64")
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
tools/guest/kver.sh $series >/dev/null
