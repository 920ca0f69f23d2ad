#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# bss_conf_parse() on the host: every statement form, every error with its
# FILE:LINE:COL message, every limit met and exceeded by one. Built with
# ASan/UBSan when the toolchain has them.
cd "$(dirname "$0")/../.." || exit 1
out=build/host
mkdir -p $out

die() {
	printf 'TAP version 13\nnot ok 1 conf: %s\n1..1\n' "$1"
	exit 1
}

san=("-fsanitize=address,undefined" -fno-sanitize-recover=all)
echo 'int main(void) { return 0; }' > $out/conf_san.c
gcc "${san[@]}" -o $out/conf_san $out/conf_san.c 2>/dev/null &&
	$out/conf_san || san=()
# --wrap=calloc lets the test fail the parser's allocation.
gcc -g -O1 -Wall -Wextra -Werror -DBSS_HOST -Ibsskmod "${san[@]}" \
	-Wl,--wrap=calloc -o $out/conf_test tests/host/conf_test.c bsskmod/conf.c ||
	die "cannot build conf_test"
log=$out/conf_test.log
$out/conf_test > $log 2>&1
rc=$?
cat $log
# A crash (a sanitizer report) loses the remaining tests and the plan.
grep -q '^1\.\.' $log ||
	echo "not ok - conf: conf_test died with status $rc"
exit $rc
