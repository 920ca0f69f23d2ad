# SPDX-License-Identifier: GPL-2.0
#
# Shared by the benchmark reports (tools/bench.sh, tools/net-bench.sh),
# prepended to their awk programs: min and median of the n values
# v[key, 1..n] into smin[key] and smed[key], by insertion sort.
function stats(key, n,   i, j, a, t) {
	for (i = 1; i <= n; i++)
		a[i] = v[key, i]
	for (i = 2; i <= n; i++) {
		t = a[i]
		for (j = i - 1; j >= 1 && a[j] > t; j--)
			a[j + 1] = a[j]
		a[j + 1] = t
	}
	smin[key] = a[1]
	smed[key] = n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
