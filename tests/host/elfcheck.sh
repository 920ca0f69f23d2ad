#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# bss_elf_check() on the host: a server object gcc builds here passes, and
# corrupted copies of it and of a server synthesized in memory fail with the
# expected errno and message. Built with ASan/UBSan when the toolchain has them.
cd "$(dirname "$0")/../.." || exit 1
out=build/host
mkdir -p $out

die() {
	printf 'TAP version 13\nnot ok 1 elfcheck: %s\n1..1\n' "$1"
	exit 1
}

# A tiny server, compiled like kernel code: kernel code model, ftrace hooks,
# return and indirect-branch thunks, so its imports are the runtime's names.
cat > $out/elfcheck_demo.c <<'SRC'
extern int bss_call(int svc, int fn);
extern void bss_register(const void *image);

static const char modinfo[] __attribute__((section(".modinfo"), used)) =
	"license=GPL\0name=elfcheck_demo\0author=test";

int demo_fn(int a, int b)
{
	return bss_call(a, b) + 1;
}

void demo_copy(char *d, const char *s, unsigned long n)
{
	__builtin_memcpy(d, s, n);
}

int demo_indirect(int (*fn)(int, int), int a)
{
	return fn(a, a) + 1;
}

const struct {
	unsigned int magic;
	int (*fn)(int, int);
} demo_image __attribute__((section("bss_image"), used)) = { 0x42535331, demo_fn };

void demo_init(void)
{
	bss_register(&demo_image);
}
SRC
gcc -O2 -c -fno-pic -mcmodel=kernel -fno-common -pg -mfentry \
	-mfunction-return=thunk-extern -mindirect-branch=thunk-extern \
	-o $out/elfcheck_demo.o $out/elfcheck_demo.c ||
	die "cannot compile $out/elfcheck_demo.c"
nundef=$(nm -u $out/elfcheck_demo.o | wc -l)
image=$(objdump -h $out/elfcheck_demo.o | awk '$2 == "bss_image" { print "0x" $3 }')
[ -n "$image" ] || die "no bss_image section in $out/elfcheck_demo.o"

san=("-fsanitize=address,undefined" -fno-sanitize-recover=all)
echo 'int main(void) { return 0; }' > $out/elfcheck_san.c
gcc "${san[@]}" -o $out/elfcheck_san $out/elfcheck_san.c 2>/dev/null &&
	$out/elfcheck_san || san=()
gcc -g -O1 -Wall -Wextra -Werror -DBSS_HOST -Ibsskmod "${san[@]}" \
	-o $out/elfcheck_test tests/host/elfcheck_test.c bsskmod/elfcheck.c ||
	die "cannot build elfcheck_test"
log=$out/elfcheck_test.log
$out/elfcheck_test $out/elfcheck_demo.o elfcheck_demo "$nundef" "$image" \
	> $log 2>&1
rc=$?
cat $log
# A crash (a sanitizer report) loses the remaining tests and the plan.
grep -q '^1\.\.' $log ||
	echo "not ok - elfcheck: elfcheck_test died with status $rc"
exit $rc
