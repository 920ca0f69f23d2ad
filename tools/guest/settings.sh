# SPDX-License-Identifier: GPL-2.0
#
# Sourced by tools/check-debug.sh and tools/check-series.sh, which set
# settings=(NAME=VALUE ...) for tools/guest/run.sh. prepare_or_run
# --prepare prints them as exports (tools/check.sh evaluates them);
# prepare_or_run [TEST] runs the selftests (or one) with them.
prepare_or_run() {
	local s

	if [ "${1:-}" = --prepare ]; then
		for s in "${settings[@]}"; do
			printf 'export %q\n' "$s"
		done
		return 0
	fi
	env "${settings[@]}" tools/check.sh --guest-only "${1:-}"
}
