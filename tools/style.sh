#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# checkpatch.pl --strict, from Debian's linux-source, over every C source and
# header we own. Clean means no ERROR, WARNING or CHECK. The few exceptions
# below are each limited to one check type and the files that need it, and
# say why checkpatch is wrong there.
set -euo pipefail

cp_dir=build/checkpatch
if [ ! -x $cp_dir/scripts/checkpatch.pl ] || [ ! -x $cp_dir/scripts/kernel-doc ]; then
	mkdir -p $cp_dir
	tar -xJf /usr/src/linux-source-6.1.tar.xz -C $cp_dir --strip-components=1 \
		linux-source-6.1/scripts/checkpatch.pl \
		linux-source-6.1/scripts/spelling.txt \
		linux-source-6.1/scripts/const_structs.checkpatch \
		linux-source-6.1/scripts/kernel-doc
fi
cp="$cp_dir/scripts/checkpatch.pl --strict --no-tree --terse --show-types"
# Not a kernel tree: no MAINTAINERS and no git-based commit checks.
ignore=FILE_PATH_CHANGES,SPDX_LICENSE_TAG,NEW_TYPEDEFS

# Server sources declare what they require and call as X-macro lists, the
# authoring API of servers/include/bss/server.h:
#   #define BSS_IMPORTS(X, S) X(echo, ping) X(relay, pass) S(ref_keep)
# A list is a sequence, not an expression (COMPLEX_MACRO), and calls X and S
# once per entry; they name macros, so nothing is evaluated twice
# (MACRO_ARG_REUSE).
xmacro=COMPLEX_MACRO,MACRO_ARG_REUSE
# bsskmod/bind.c writes its 128 slots the same way: SLOT_ALL(X) is a list
# of SLOT_ROW(X, r), each X(r, 0) ... X(r, 7), and X names a macro.
bind_c=bsskmod/bind.c
# server.h: __BSS_LOCAL_DTOR(n_, s_, p_, type, d_), the X macro BSS_LOCALS
# entries expand through, names the destructor d_ twice, to declare it and
# to call it: an identifier, which cannot have side effects
# (MACRO_ARG_REUSE). BSS_CTOR(type, fn) defines the function
# __bss_ctor(), whose body returns; checkpatch only recognizes macros that
# define functions when they paste tokens with ## (MACRO_WITH_FLOW_CONTROL).
# __BSS_IMP_SC(s_, f_), the X macro BSS_IMPORTS entries expand through at
# file scope, is a definition, DEFINE_STATIC_CALL(...);, whose semicolon
# the list cannot supply (TRAILING_SEMICOLON).
server_h=MACRO_ARG_REUSE,MACRO_WITH_FLOW_CONTROL,TRAILING_SEMICOLON
# Server macros take the C type of a server's private data as an argument
# named "type" (BSS_IMPL_<svc>(prefix, type), BSS_CTOR(type, fn), ...); say
# it is a type, or checkpatch reads "type *self" as a multiplication. No
# server file uses "type" for anything else.
types=$cp_dir/server.types
echo type > $types

# tools/callbench/shim/callbench_shim.h stands in for the kernel's headers
# and defines their primitives in their idiom (docs/testing.md): READ_ONCE's
# volatile (VOLATILE); macros that reuse arguments or take member names
# (min(), container_of(), list_for_each_entry(): MACRO_ARG_REUSE,
# MACRO_ARG_PRECEDENCE); macros that expand to declarations
# (DEFINE_PER_CPU(), EXPORT_SYMBOL_GPL(), MODULE_INFO(): COMPLEX_MACRO,
# EXPORT_SYMBOL, and SPACING where checkpatch reads __typeof__(type) name
# as a call); pr_err() and the rest defined through printk()
# (PREFER_PR_LEVEL, PRINTK_WITHOUT_KERN_LEVEL); _Bool and _Static_assert
# (CAMELCASE); DECLARE_STATIC_CALL() declares its key and trampoline extern,
# as the kernel's does (AVOID_EXTERNS). Its paravirt asm is the kernel's expanded string, verbatim,
# as the compiler sizes an asm by its statements (STRING_FRAGMENTS,
# SPLIT_STRING).
shim=tools/callbench/shim/callbench_shim.h
shim_types=VOLATILE,MACRO_ARG_REUSE,MACRO_ARG_PRECEDENCE,COMPLEX_MACRO,EXPORT_SYMBOL,SPACING
shim_types=$shim_types,PREFER_PR_LEVEL,PRINTK_WITHOUT_KERN_LEVEL,CAMELCASE,STRING_FRAGMENTS
shim_types=$shim_types,SPLIT_STRING,AVOID_EXTERNS

kfiles=$(git ls-files 'bsskmod/*.[ch]' 'uapi/*.h' | grep -vx $bind_c)
sfiles=$(git ls-files 'servers/*.[ch]' | grep -v '^servers/include/' || true)
hfiles=$(git ls-files 'servers/include/*.h' | grep -vx servers/include/bss/server.h || true)
ufiles=$(git ls-files '*.[ch]' | grep -vE '^(bsskmod|servers|uapi)/' | grep -vx $shim)
rc=0
$cp --ignore $ignore -f $kfiles || rc=1
$cp --ignore $ignore,$xmacro -f $bind_c || rc=1
$cp --ignore $ignore,$xmacro --typedefsfile $types -f $sfiles || rc=1
$cp --ignore $ignore --typedefsfile $types -f $hfiles || rc=1
$cp --ignore $ignore,$server_h --typedefsfile $types -f servers/include/bss/server.h || rc=1
# User space has no <linux/compiler.h>: it spells its attributes out.
$cp --ignore $ignore,PREFER_DEFINED_ATTRIBUTE_MACRO -f $ufiles || rc=1
$cp --ignore $ignore,PREFER_DEFINED_ATTRIBUTE_MACRO,$shim_types -f $shim || rc=1
# kernel-doc, as make htmldocs reads it: no warning in any comment of the
# runtime or of the headers servers include; and every function bss.ko
# exports has one, where it is defined or declared for servers.
kdoc=$(git ls-files 'bsskmod/*.[ch]' 'servers/include/bss/*.h')
# shellcheck disable=SC2086 # one name per file
if $cp_dir/scripts/kernel-doc -none $kdoc 2>&1 | grep .; then
	rc=1
fi
for f in $(git ls-files 'bsskmod/*.c'); do
	for s in $(sed -n 's/^EXPORT_SYMBOL[A-Z_]*(\([a-z0-9_]*\).*/\1/p' "$f"); do
		grep -qE "^ \* $s\(\) - " "$f" servers/include/bss/runtime.h && continue
		echo "$f: exported $s() has no kernel-doc"
		rc=1
	done
done
nfiles=$(echo $kfiles $bind_c $sfiles $hfiles servers/include/bss/server.h $ufiles $shim | wc -w)
[ $rc -eq 0 ] && echo "style: clean ($nfiles files)"
exit $rc
