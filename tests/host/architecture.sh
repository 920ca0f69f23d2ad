#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# docs/architecture.md against the sources: every `path:function` step it
# names is defined (or, for a macro-made one, written) in that file, every
# ops struct it names exists, and its table of parts lists each source
# file of bsskmod/, and no file that is not there.
cd "$(dirname "$0")/../.." || exit 1
doc=docs/architecture.md
n=0
tap() { n=$((n + 1)); if eval "$2"; then echo "ok $n $1"; else echo "not ok $n $1"; fi; }

# A function defined in a file: its name at the start of a line or after
# a type, then "(", on a line that is no declaration (no ";" at its end);
# or a macro of that name (one that makes functions).
defines() {
	grep -qE "^([a-z_].*[ *])?$2\(.*[^;]$" "$1" ||
	grep -qE "^#define $2\(" "$1"
}

echo "TAP version 13"
steps=$(grep -oE '`[a-z0-9_/]+\.[chS]:[A-Za-z0-9_]+`' "$doc" | tr -d '`' | sort -u)
tap "architecture: the doc names steps" '[ "$(echo "$steps" | grep -c .)" -ge 20 ]'
for s in $steps; do
	f=${s%%:*} fn=${s#*:}
	tap "architecture: $f defines $fn" '[ -f "$f" ] && defines "$f" "$fn"'
done
for ops in $(grep -oE '`[a-z]+_[a-z]+_ops`' "$doc" | tr -d '`' | sort -u); do
	tap "architecture: ops struct $ops is wired somewhere" \
		'grep -rqE "^static const struct $ops $ops = \{" servers bsskmod'
done
listed=$(sed -n 's/^| [A-Za-z ]* | \([a-z0-9_]*\.[chS]\) |.*/\1/p' "$doc" | sort)
present=$(cd bsskmod && ls ./*.c ./*.S call.h | sed 's|^\./||' | grep -v '\.mod\.c$' | sort)
tap "architecture: the table lists every source of bsskmod/ (and no other)" \
	'[ "$listed" = "$present" ] || { diff <(echo "$listed") <(echo "$present") | sed "s/^/# /"; false; }'
echo "1..$n"
