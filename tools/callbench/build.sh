#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build build/callbench/callbench: the runtime's call path (bsskmod/call.c,
# bind.c, reftab.c, thread.c, syscall.c, error.c, jump_64.S) and the guest
# benchmark's servers (servers/bench/bench.c, serial.c), compiled unchanged
# for user space against tools/callbench/shim/callbench_shim.h, with the
# code-generation flags Kbuild used for bsskmod/call.o (read from
# bsskmod/.call.o.cmd, so `make module` must have run: a change to the
# Kbuild flags changes the benchmark). Prints nothing but errors.
#
# What is taken from the module's command line, and what is not:
#   kept: every flag but those below: -O2, the retpoline, return-thunk,
#	SLS and stack-protector options, -pg -mfentry -mrecord-mcount, the
#	alignments, -mno-red-zone, -mno-sse..., -fno-PIE, the warnings and
#	the -D definitions (__KERNEL__ and MODULE included: the sources are
#	kernel code, and the shim stands in for everything they select);
#	-nostdinc too: nothing of libc reaches the compiled runtime.
#   dropped:
#	-mcmodel=kernel: that code must live in the top 2 GiB; user space
#	    has the small model (the same instruction shapes, 32-bit
#	    absolute addresses, now zero- instead of sign-extended)
#	-I..., -include ..., -isystem ...: the kernel's headers; the shim
#	    and the generated empty <linux/...>, <asm/...> replace them
#	-mstack-protector-guard*: the guard is %fs:0x28 in user space (the
#	    module's, implied by -mcmodel=kernel in 6.1, is %gs:0x28): the
#	    same load and compare
#	-Wp,-MMD,...: Kbuild's dependency file
#	-DKBUILD_BASENAME, -DKBUILD_MODNAME, -D__KBUILD_MODNAME, -c, -o, the
#	    source: set per file here
#   changed: -mfunction-return=thunk-extern becomes keep when the kernel
#	would patch every return thunk to "ret; int3" on this CPU (below).
#
# The return thunk (tools/callbench/thunks.S) is what Debian 6.1 runs on
# this CPU, from /sys/devices/system/cpu/vulnerabilities: safe-ret when
# spec_rstack_overflow says "Safe RET" (srso_alias_return_thunk; AMD
# family 19h, like this machine's EPYC), jmp-ret when retbleed says
# "untrained return thunk", inline otherwise (CPUs not affected).
# CALLBENCH_RETHUNK=safe-ret|jmp-ret|inline overrides it.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=build/callbench
cmdfile=bsskmod/.call.o.cmd
shim=tools/callbench/shim/callbench_shim.h
vul=/sys/devices/system/cpu/vulnerabilities

die() {
	echo "callbench: $*" >&2
	exit 1
}

[ -f $cmdfile ] || die "no $cmdfile: build the module first (make module)"
mkdir -p $out/rt

# The compiler command of call.o, before objtool's: split as the shell
# would (xargs reads Kbuild's quoting and runs nothing).
line=$(sed -n '1{s/^[^=]*:= *//;s/;.*//;p;q}' $cmdfile)
mapfile -t tok < <(printf '%s\n' "$line" | xargs printf '%s\n')
[ ${#tok[@]} -gt 10 ] || die "cannot read the compiler command in $cmdfile"
cc=${tok[0]}
kflags=()
dropped=()
i=1
while [ $i -lt ${#tok[@]} ]; do
	t=${tok[$i]}
	case "$t" in
	-I|-include|-isystem|-o)
		dropped+=("$t ${tok[$((i + 1))]}")
		i=$((i + 1)) ;;
	-I*|-Wp,*|-mcmodel=kernel|-mstack-protector-guard*|-c|*.c| \
	-DKBUILD_BASENAME=*|-DKBUILD_MODNAME=*|-D__KBUILD_MODNAME=*)
		dropped+=("$t") ;;
	*)
		kflags+=("$t") ;;
	esac
	i=$((i + 1))
done

rethunk=${CALLBENCH_RETHUNK:-auto}
if [ "$rethunk" = auto ]; then
	srso=$(cat $vul/spec_rstack_overflow 2>/dev/null || true)
	rb=$(cat $vul/retbleed 2>/dev/null || true)
	case "$srso" in
	*"Safe RET"*|*"safe RET"*) rethunk=safe-ret ;;
	*) case "$rb" in
	   *"untrained return thunk"*) rethunk=jmp-ret ;;
	   *) rethunk=inline ;;
	   esac ;;
	esac
fi
case "$rethunk" in
safe-ret) rdef=-DCB_RETHUNK_SAFE_RET ;;
jmp-ret) rdef=-DCB_RETHUNK_JMP_RET ;;
inline)
	rdef=-DCB_RETHUNK_INLINE
	kflags=("${kflags[@]/#-mfunction-return=thunk-extern/-mfunction-return=keep}") ;;
*) die "CALLBENCH_RETHUNK=$rethunk: safe-ret, jmp-ret or inline" ;;
esac
printf '%s\n' "${kflags[@]}" > $out/kflags
printf '%s\n' "${dropped[@]}" > $out/kflags.dropped
echo "$rethunk" > $out/rethunk

# Every <linux/...> and <asm/...> the sources include is an empty file
# (but uapi/'s own): the shim, force-included, has everything.
inc=$out/include
rm -rf $inc
mkdir -p $inc
grep -hoE '^#[[:space:]]*include[[:space:]]*<(linux|asm)/[^>]+>' \
	bsskmod/*.[chS] servers/include/bss/*.h servers/bench/*.c uapi/linux/*.h \
	tools/callbench/*.[ch] | sed -E 's/.*<([^>]+)>.*/\1/' | sort -u |
while read -r h; do
	[ -e "uapi/$h" ] && continue
	mkdir -p "$inc/$(dirname "$h")"
	echo "/* callbench: everything is in $shim */" > "$inc/$h"
done

incs=(-include $shim -Iuapi -I$inc -Iservers/include -Ibsskmod -Itools/callbench)

# kcc SOURCE OBJECT MODNAME [FLAGS...]: compiled as Kbuild compiles it.
kcc() {
	local src=$1 obj=$2 mod=$3 base

	shift 3
	base=$(basename "$src" .c)
	"$cc" "${kflags[@]}" "${incs[@]}" "$@" -DKBUILD_BASENAME="\"$base\"" \
		-DKBUILD_MODNAME="\"$mod\"" -D__KBUILD_MODNAME="kmod_$mod" \
		-c -o "$obj" "$src" || die "cannot compile $src"
}

objs=()
for f in call bind reftab thread syscall error; do
	kcc bsskmod/$f.c $out/rt/$f.o bss
	objs+=($out/rt/$f.o)
done
"$cc" -D__ASSEMBLY__ $rdef -Wa,--noexecstack -include tools/callbench/shim/callbench_asm.inc \
	-I$inc -c -o $out/rt/jump_64.o bsskmod/jump_64.S ||
	die "cannot assemble bsskmod/jump_64.S"
objs+=($out/rt/jump_64.o)
kcc servers/bench/bench.c $out/bench.o bss_bench
kcc servers/bench/serial.c $out/serial.o bss_bench_serial
# The plain indirect call: the same server, no retpoline.
keep=("${kflags[@]/#-mindirect-branch=thunk-extern/-mindirect-branch=keep}")
"$cc" "${keep[@]}" "${incs[@]}" -DKBUILD_BASENAME='"bench"' \
	-DKBUILD_MODNAME='"bss_bench_keep"' -D__KBUILD_MODNAME=kmod_bss_bench_keep \
	-c -o $out/bench_keep.o servers/bench/bench.c ||
	die "cannot compile servers/bench/bench.c with -mindirect-branch=keep"
# A copy whose imports stay on bss_call() (world.c never binds it).
"$cc" "${kflags[@]}" "${incs[@]}" -DKBUILD_BASENAME='"bench"' \
	-DKBUILD_MODNAME='"bss_bench_unbound"' -D__KBUILD_MODNAME=kmod_bss_bench_unbound \
	-c -o $out/bench_unbound.o servers/bench/bench.c ||
	die "cannot compile servers/bench/bench.c as bss_bench_unbound"
# Each copy's static calls and tables are its own, as each module's are.
for o in bench serial bench_keep bench_unbound; do
	objcopy -w -L '__SC[KT]__*' -L __bss_imports -L '__bss_impl_*' -L '__bss_entries_*' \
		$out/$o.o || die "cannot localize $o.o's static calls and tables"
done
for f in kern rtstubs world; do
	kcc tools/callbench/$f.c $out/$f.o callbench
done
objs+=($out/bench.o $out/serial.o $out/bench_keep.o $out/bench_unbound.o $out/kern.o $out/rtstubs.o $out/world.o)

"$cc" $rdef -c -o $out/thunks.o tools/callbench/thunks.S || die "cannot assemble thunks.S"
ucflags=(-O2 -g -Wall -Wextra -Wno-unused-parameter -Itools/callbench)
"$cc" "${ucflags[@]}" -c -o $out/glue.o tools/callbench/glue.c || die "cannot compile glue.c"
"$cc" "${ucflags[@]}" -DCB_RETHUNK_NAME="\"$rethunk\"" -c -o $out/main.o \
	tools/callbench/main.c || die "cannot compile main.c"
"$cc" -no-pie -o $out/callbench "${objs[@]}" $out/thunks.o $out/glue.o $out/main.o ||
	die "cannot link $out/callbench"
