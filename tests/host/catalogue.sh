#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The generated service header matches the catalogue it comes from, and
# the generator refuses a broken catalogue with file:line.
cd "$(dirname "$0")/../.." || exit 1
n=0
tap() { n=$((n + 1)); if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; fi; }
tmp=$(mktemp -d)
trap 'rm -rf $tmp' EXIT

echo "TAP version 13"
tap "catalogue: services.h is regenerated from services.cat" \
	'awk -f tools/catalogue/gen.awk servers/services.cat > $tmp/s.h && cmp -s $tmp/s.h servers/include/bss/services.h'
printf 'service a 0x100\nfn f u64\nservice b 0x100\n' > $tmp/dup.cat
tap "catalogue: duplicate ID refused with its line" \
	'! awk -f tools/catalogue/gen.awk $tmp/dup.cat > /dev/null 2> $tmp/err && grep -q "dup.cat:3: duplicate ID" $tmp/err'
printf 'service a 0x100\nfn f u64 u64 u64 u64 u64 u64\n' > $tmp/args.cat
tap "catalogue: more than 4 C arguments refused" \
	'! awk -f tools/catalogue/gen.awk $tmp/args.cat > /dev/null 2> $tmp/err && grep -q "args.cat:2: more than 4" $tmp/err'
printf 'service a 0x100\nfn f ref:nosuch\n' > $tmp/ref.cat
tap "catalogue: reference to an unknown service refused" \
	'! awk -f tools/catalogue/gen.awk $tmp/ref.cat > /dev/null 2> $tmp/err && grep -q "unknown service" $tmp/err'
printf 'service a 0x100\nfn f u64\nconst X 1\nconst X 2\n' > $tmp/const.cat
tap "catalogue: duplicate constant refused with its line" \
	'! awk -f tools/catalogue/gen.awk $tmp/const.cat > /dev/null 2> $tmp/err && grep -q "const.cat:4: duplicate constant" $tmp/err'
printf 'service a 0x100\nconst X abc\n' > $tmp/cval.cat
tap "catalogue: a constant that is no integer refused" \
	'! awk -f tools/catalogue/gen.awk $tmp/cval.cat > /dev/null 2> $tmp/err && grep -q "cval.cat:2: constant value" $tmp/err'
printf 'service a 0x100\nconst NO_SLOT ~0ULL\n' > $tmp/cok.cat
tap "catalogue: a constant becomes BSS_<SERVICE>_<NAME>" \
	'awk -f tools/catalogue/gen.awk $tmp/cok.cat | grep -qx "#define BSS_A_NO_SLOT (~0ULL)"'
# A service's constants live in the catalogue alone: none of the names
# it defines is defined again in C, bare or after a service's name
# (NIC_NO_SLOT, PKTQ_BUSY: the spellings they had).
consts=$(awk '$1 == "const" { print $2 }' servers/services.cat | sort -u)
svcs=$(awk '$1 == "service" { print toupper($2) }' servers/services.cat | paste -sd'|')
redefined() {
	local c
	for c in $consts; do
		grep -rnE "^[[:space:]]*#[[:space:]]*define[[:space:]]+(BSS_|($svcs)_)?$c\b" \
			--include='*.c' --include='*.h' bsskmod servers |
			grep -v '^servers/include/bss/services.h:'
	done
}
tap "catalogue: no service constant is defined outside services.h" '[ -z "$(redefined)" ]'
# A project's own catalogue after the tree's: its IDs from 0x10000 up,
# the tree's below, and its references may name the tree's services.
printf 'service kv 0x10001\nfn peer void ref:echo\n' > $tmp/own.cat
tap "catalogue: a project's catalogue after the tree's, referring to its services" \
	'awk -f tools/catalogue/gen.awk servers/services.cat $tmp/own.cat > $tmp/own.h &&
	 grep -qx "#define BSS_SVC_kv 0x10001" $tmp/own.h && grep -qx "#define BSS_SVC_echo 0x100" $tmp/own.h &&
	 grep -q "Generated from servers/services.cat, $tmp/own.cat" $tmp/own.h'
printf 'service kv 0x140\n' > $tmp/low.cat
tap "catalogue: a project's ID below 0x10000 refused with its line" \
	'! awk -f tools/catalogue/gen.awk servers/services.cat $tmp/low.cat > /dev/null 2> $tmp/err &&
	 grep -q "low.cat:1: service ID 0x140: a project.s own IDs are 0x10000 and up" $tmp/err'
printf 'service big 0x10000\n' > $tmp/big.cat
tap "catalogue: the tree's IDs stay below 0x10000" \
	'! awk -f tools/catalogue/gen.awk $tmp/big.cat > /dev/null 2> $tmp/err &&
	 grep -q "big.cat:1: service ID 0x10000: this tree.s IDs are below 0x10000" $tmp/err'
echo "1..$n"
