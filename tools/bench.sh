#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make bench: run the benchmarks in the guest (tools/guest/run-bench.sh),
# print min and median cycles per operation with their ratio to an
# indirect call, and write build/bench.json (one object per figure) and
# build/bench-raw.txt (every repetition). Benchmarks report; they never fail
# a build on their numbers, only on a broken guest run.
set -uo pipefail

build=build
res=$build/guest/bench/results.log
json=$build/bench.json
raw=$build/bench-raw.txt
block=$build/guest/bench/bench-block.txt

tools/guest/run.sh bench
rc=$?
mkdir -p "$build/guest/bench"
tr -d '\r' < "$res" | sed -n '/^BSS-BENCH-BEGIN$/,/^BSS-BENCH-END$/p' > "$block"
if ! grep -q '^BSS-BENCH-END$' "$block"; then
	echo "bench: no results from the guest; its output:" >&2
	tr -d '\r' < "$res" | sed -n '/^# dmesg-begin/q;p' >&2
	exit 1
fi
# Anything the guest said besides the block (errors, for one).
tr -d '\r' < "$res" | sed -n '/^# dmesg-begin/q;/^BSS-BENCH-BEGIN$/,/^BSS-BENCH-END$/d;p' |
	grep -v '^loaded ' >&2

accel=$(cat $build/guest/accel 2>/dev/null || echo unknown)
if [ "$accel" = kvm ]; then
	unit=cycles
else
	unit=tcg-cycles
fi

awk -v accel="$accel" -v unit="$unit" -v json="$json" -v raw="$raw" '
function field(line, key,   re, v) {
	re = "\"" key "\": *"
	if (!match(line, re))
		return ""
	v = substr(line, RSTART + RLENGTH)
	if (v ~ /^"/) {
		v = substr(v, 2)
		return substr(v, 1, index(v, "\"") - 1)
	}
	match(v, /^[0-9.]+/)
	return substr(v, 1, RLENGTH)
}
function fmt(x) {
	return x >= 100 ? sprintf("%.0f", x) : sprintf("%.2f", x)
}
# min and median of the n values v[name, 1..n], by insertion sort.
function stats(name,   n, i, j, a, t) {
	n = count[name]
	for (i = 1; i <= n; i++)
		a[i] = v[name, i]
	for (i = 2; i <= n; i++) {
		t = a[i]
		for (j = i - 1; j >= 1 && a[j] > t; j--)
			a[j + 1] = a[j]
		a[j + 1] = t
	}
	smin[name] = a[1]
	smed[name] = n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function obj(name, stat, val, base) {
	printf "%s  {\"name\": \"%s.%s\", \"value\": %.3f, \"unit\": \"%s\"", \
		(nobj++ ? ",\n" : ""), name, stat, val, unit > json
	if (name != base && base in smin)
		printf ", \"baseline\": \"%s.%s\", \"ratio\": %.3f", base, stat, \
			val / (stat == "min" ? smin[base] : smed[base]) > json
	printf "}" > json
}
BEGIN {
	printf "# figure, repetition, iterations, total %s, %s per operation\n", \
		unit, unit > raw
}
/"name":/ {
	name = field($0, "name")
	if (!(name in count))
		order[nfig++] = name
	per = field($0, "cycles") / field($0, "iters")
	v[name, ++count[name]] = per
	printf "%-22s rep %s iters %s cycles %s per_op %.3f\n", name, \
		field($0, "rep"), field($0, "iters"), field($0, "cycles"), per > raw
	next
}
/"(iters|reps|cpu|spectre_v2|retbleed|spec_rstack_overflow)":/ {
	k = $0
	sub(/^"/, "", k)
	sub(/".*/, "", k)
	info[k] = field($0, k)
}
END {
	base = "indirect_call"
	for (i = 0; i < nfig; i++)
		stats(order[i])
	printf "BSS benchmarks: %s iterations per figure, %s repetitions; cycles per operation\n", \
		info["iters"], info["reps"]
	printf "guest CPU: %s (accel %s)\n", info["cpu"], accel
	printf "spectre_v2: %s\n", info["spectre_v2"]
	if ("retbleed" in info)
		printf "retbleed: %s\n", info["retbleed"]
	if ("spec_rstack_overflow" in info)
		printf "spec_rstack_overflow: %s\n", info["spec_rstack_overflow"]
	if (accel != "kvm") {
		print "NOTE: QEMU TCG. get_cycles()/rdtsc returns the host TSC: these are host"
		print "cycles spent emulating, not hardware cycles of the guest code, and the"
		print "ratios reflect the emulator (per-instruction cost, retpoline thunks,"
		print "atomics), not real hardware. Run on KVM or bare metal for real figures."
	}
	print "Every figure includes its loop (loop_overhead alone). temp_ref is timed in"
	print "frames of 48 (a frame holds at most 64 temporaries), one rdtsc pair each."
	print ""
	printf "%-22s %12s %12s %9s %9s\n", "figure", "min", "median", "/ind min", "/ind med"
	for (i = 0; i < nfig; i++) {
		n = order[i]
		printf "%-22s %12s %12s %9.2f %9.2f\n", n, fmt(smin[n]), fmt(smed[n]), \
			smin[n] / smin[base], smed[n] / smed[base]
	}
	print ""
	# Verdicts on the minimum, the run least disturbed on a shared host.
	if ("service_call" in smed) {
		r = smin["service_call"] / smin[base]
		printf "target: service call <= 2x indirect call: %.2fx min, %.2fx median -> %s\n", \
			r, smed["service_call"] / smed[base], r <= 2 ? "met" : "NOT met"
	}
	if ("perm_ref_1" in smed && "perm_ref_10000" in smed) {
		r = smin["perm_ref_10000"] / smin["perm_ref_1"]
		printf "target: permanent reference flat in table size: 10000 vs 1: %.2f min, %.2f median -> %s\n", \
			r, smed["perm_ref_10000"] / smed["perm_ref_1"], \
			(r <= 1.25 && r >= 0.8) ? "flat (within 25%)" : "NOT flat"
	}
	print "[" > json
	for (i = 0; i < nfig; i++) {
		obj(order[i], "min", smin[order[i]], base)
		obj(order[i], "median", smed[order[i]], base)
	}
	print "\n]" > json
	printf "\nwrote %s and %s\n", json, raw
}' "$block"
[ $rc -eq 0 ] || echo "bench: the guest run was not clean (see above)" >&2
exit $rc
