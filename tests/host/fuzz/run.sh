#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Fuzz with libFuzzer under ASan and UBSan for $1 seconds each (default 20):
# bss_elf_check() (elfcheck) and bss_conf_parse() (conf), or only the one
# named by $2. Crashes land in build/fuzz/ (conf ones prefixed conf-).
# The elfcheck corpus in build/fuzz/corpus starts from the server object
# tests/host/elfcheck.sh compiles. Real .ko files make poor seeds: debug info
# puts their section headers past -max_len. The conf corpus in
# build/fuzz/conf-corpus starts from a few configuration files written here.
# Not under tests/host/*.sh, so make check does not run it.
set -uo pipefail
cd "$(dirname "$0")/../../.." || exit 1
secs=${1:-20}
only=${2:-}
out=build/fuzz
cc=${CLANG:-clang}
flags=(-g -O1 "-fsanitize=fuzzer,address,undefined" -fno-sanitize-recover=all
	-DBSS_HOST -Ibsskmod)

fuzz_elfcheck() {
	mkdir -p $out/corpus
	if [ ! -f build/host/elfcheck_demo.o ]; then
		bash tests/host/elfcheck.sh > /dev/null
	fi
	[ -f build/host/elfcheck_demo.o ] ||
		{ echo "no seed object" >&2; return 1; }
	cp build/host/elfcheck_demo.o $out/corpus/seed-elfcheck_demo.o

	cat > $out/elfcheck.dict <<'DICT'
"\x7fELF\x02\x01\x01"
"bss_image"
".modinfo"
"name="
"license=GPL"
"bss_"
"_printk"
"__x86_indirect_thunk_"
DICT

	$cc "${flags[@]}" -o $out/elfcheck_fuzz \
		tests/host/fuzz/elfcheck_fuzz.c bsskmod/elfcheck.c || return 1
	$out/elfcheck_fuzz -max_total_time="$secs" -max_len=16384 \
		-timeout=10 -print_final_stats=1 -dict=$out/elfcheck.dict \
		-artifact_prefix=$out/ $out/corpus
}

conf_seeds() {
	local c=$out/conf-corpus

	mkdir -p $c
	cat > $c/seed-graph.conf <<'SEED'
# graph.conf: an RTL-8139 network stack
provide log     logger  shared      # one logger for everything here
provide timer   timer
	provide pci-bus pcibus  shared

start logger
start netstack as net0 mtu=1500 addr=10.0.2.15/24 opts=csum=on
include drivers/net.conf
driver pci 10ec:8139        drivers/rtl8139.conf
driver pci 10EC:8139:020000 drivers/rtl8139.conf
SEED
	printf 'start a k1=1 k2=2 k3=3 k4=4 k5=5 k6=6 k7=7 k8=8\nstart a as b\n' \
		> $c/seed-params.conf
	printf 'include ./a/b..c/d\n# x\n\ndriver pci 8086:100e e1000.conf' \
		> $c/seed-paths.conf
}

fuzz_conf() {
	conf_seeds
	cat > $out/conf.dict <<'DICT'
"provide"
"start"
"include"
"driver"
"shared"
" as "
"pci"
"="
"#"
"/"
".."
"10ec:8139"
":020000"
"\x0a"
"\x09"
DICT

	$cc "${flags[@]}" -o $out/conf_fuzz \
		tests/host/fuzz/conf_fuzz.c bsskmod/conf.c || return 1
	$out/conf_fuzz -max_total_time="$secs" -max_len=70000 \
		-timeout=10 -print_final_stats=1 -dict=$out/conf.dict \
		-artifact_prefix=$out/conf- $out/conf-corpus
}

rc=0
for t in elfcheck conf; do
	[ -z "$only" ] || [ "$only" = $t ] || continue
	echo "== fuzz $t for ${secs}s"
	case $t in
	elfcheck) fuzz_elfcheck || rc=1 ;;
	conf) fuzz_conf || rc=1 ;;
	esac
done
exit $rc
