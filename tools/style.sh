#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# checkpatch.pl --strict, from Debian's linux-source, over every C source and
# header we own. Clean means no ERROR, WARNING or CHECK.
set -euo pipefail

cp_dir=build/checkpatch
if [ ! -x $cp_dir/scripts/checkpatch.pl ]; then
	mkdir -p $cp_dir
	tar -xJf /usr/src/linux-source-6.1.tar.xz -C $cp_dir --strip-components=1 \
		linux-source-6.1/scripts/checkpatch.pl \
		linux-source-6.1/scripts/spelling.txt \
		linux-source-6.1/scripts/const_structs.checkpatch
fi
cp="$cp_dir/scripts/checkpatch.pl --strict --no-tree --terse --show-types"
ignore=FILE_PATH_CHANGES,SPDX_LICENSE_TAG,NEW_TYPEDEFS
kfiles=$(git ls-files 'bsskmod/*.[ch]' 'servers/*.[ch]' 'uapi/*.h')
ufiles=$(git ls-files '*.[ch]' | grep -vE '^(bsskmod|servers|uapi)/')
rc=0
# Not a kernel tree: no MAINTAINERS and no git-based commit checks.
$cp --ignore $ignore -f $kfiles || rc=1
# User space has no <linux/compiler.h>: it spells its attributes out.
$cp --ignore $ignore,PREFER_DEFINED_ATTRIBUTE_MACRO -f $ufiles || rc=1
[ $rc -eq 0 ] && echo "style: clean ($(echo $kfiles $ufiles | wc -w) files)"
exit $rc
