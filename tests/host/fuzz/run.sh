#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Fuzz bss_elf_check() with libFuzzer under ASan and UBSan for $1 seconds
# (default 20). The corpus in build/fuzz/corpus starts from the server object
# tests/host/elfcheck.sh compiles; crashes land in build/fuzz/. Real .ko files
# make poor seeds: debug info puts their section headers past -max_len.
# Not under tests/host/*.sh, so make check does not run it.
set -uo pipefail
cd "$(dirname "$0")/../../.." || exit 1
secs=${1:-20}
out=build/fuzz
cc=${CLANG:-clang}
mkdir -p $out/corpus

if [ ! -f build/host/elfcheck_demo.o ]; then
	bash tests/host/elfcheck.sh > /dev/null
fi
[ -f build/host/elfcheck_demo.o ] || { echo "no seed object" >&2; exit 1; }
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

$cc -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-DBSS_HOST -Ibsskmod -o $out/elfcheck_fuzz \
	tests/host/fuzz/elfcheck_fuzz.c bsskmod/elfcheck.c || exit 1
exec $out/elfcheck_fuzz -max_total_time="$secs" -max_len=16384 \
	-timeout=10 -print_final_stats=1 -dict=$out/elfcheck.dict \
	-artifact_prefix=$out/ $out/corpus
