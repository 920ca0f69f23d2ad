#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Server sizes, as the thesis's Table 5.1: source lines (non-blank,
# non-comment-only) and code/data bytes of each server module, plus the
# runtime for scale. Prints a table; writes build/server-sizes.json.
set -euo pipefail

json=build/server-sizes.json
mkdir -p build
printf '%-22s %8s %8s %8s %8s\n' server lines text data bss
first=1
echo "[" > "$json"
for ko in servers/*/bss_*.ko bsskmod/bss.ko; do
	[ -e "$ko" ] || continue
	name=$(basename "$ko" .ko)
	src=$(dirname "$ko")
	lines=$(cat "$src"/*.c "$src"/*.h 2>/dev/null |
		grep -cvE '^[[:space:]]*($|/?\*|//)' || true)
	read -r text data bss < <(size "$ko" | awk 'NR == 2 { print $1, $2, $3 }')
	printf '%-22s %8s %8s %8s %8s\n' "$name" "$lines" "$text" "$data" "$bss"
	[ $first -eq 1 ] || echo "," >> "$json"
	first=0
	printf '{"name":"%s","lines":%s,"text":%s,"data":%s,"bss":%s}' \
		"$name" "$lines" "$text" "$data" "$bss" >> "$json"
done
echo "]" >> "$json"
