// SPDX-License-Identifier: GPL-2.0
/*
 * callbench: time the call path's replica (world.c and what it reaches) on
 * this host, pinned to one CPU, in TSC ticks per operation: SAMPLES
 * samples of ITERS operations for every figure, interleaved, each timed by
 * servers/bench/bench.c itself with serialized rdtsc. Prints min and
 * median per operation, with the loop overhead subtracted the same way
 * from every figure, and their ratio to the retpoline'd and to the plain
 * indirect call; writes one JSON object per figure.
 *
 * Usage: callbench [-s SAMPLES] [-n ITERS] [-c CPU] [-j JSON]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "callbench.h"

#ifndef CB_RETHUNK_NAME
#define CB_RETHUNK_NAME "unknown"
#endif

struct figure {
	const char *name;
	enum cb_server server, peer;
	enum cb_kind kind;
	unsigned int div;	/* it runs ITERS / div operations */
	int batched;		/* timed in frames of CB_TEMP_BATCH */
	unsigned int size;	/* CB_PERM: permanent references held */
};

static const struct figure figures[] = {
	{ "direct_call", CB_BENCH, CB_NONE, CB_DIRECT, 1, 0 },
	{ "indirect_call_plain", CB_KEEP, CB_NONE, CB_INDIRECT, 1, 0 },
	{ "indirect_call", CB_BENCH, CB_NONE, CB_INDIRECT, 1, 0 },
	{ "service_call", CB_BENCH, CB_PEER, CB_CALL, 1, 0 },
	{ "service_call_unbound", CB_UNBOUND, CB_PEER, CB_CALL, 1, 0 },
	{ "serialized_call", CB_BENCH, CB_SPEER, CB_CALL_SNOP, 1, 0 },
	{ "service_call_temp_ref", CB_BENCH, CB_PEER, CB_CALL_TEMP, 1, 0 },
	{ "temp_ref", CB_BENCH, CB_PEER, CB_TEMP, 1, 1 },
	{ "perm_ref_1", CB_BENCH, CB_PEER, CB_PERM, 1, 0, 1 },
	{ "perm_ref_100", CB_BENCH, CB_PEER, CB_PERM, 1, 0, 100 },
	{ "perm_ref_10000", CB_BENCH, CB_PEER, CB_PERM, 1, 0, 10000 },
	{ "try_call", CB_BENCH, CB_PEER, CB_TRY, 1, 0 },
	{ "throw_catch", CB_BENCH, CB_PEER, CB_THROW, 10, 0 },
};

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define NFIG		ARRAY_SIZE(figures)
/* figures[] indexes */
#define PLAIN		1	/* indirect_call_plain */
#define RETPOLINE	2	/* indirect_call */
#define CALL		3	/* service_call */
#define SERIAL		5	/* serialized_call */
#define PERM1		8	/* perm_ref_1 */
#define PERM10K		10	/* perm_ref_10000 */
#define TRY		11	/* try_call */
#define THROW		12	/* throw_catch */

static const char * const notes[] = {
	"direct_call: bench.c's loop around a direct call of a noinline function",
	"indirect_call_plain: the same through a pointer, bench.c compiled with",
	"  -mindirect-branch=keep (call *%reg); indirect_call: the module's flags",
	"  (call __x86_indirect_thunk_<reg>, the retpoline)",
	"service_call: through a permanent reference into a thread-safe peer",
	"  whose function returns its argument, the import bound to its slot",
	"  (bind.c: two direct calls); service_call_unbound: the same from a",
	"  copy never bound, through bss_call() and the entry's retpoline;",
	"  serialized_call: the same into a serialized one (bss_bench_serial),",
	"  through an import of its own (bench.snop), bound to that image;",
	"  service_call_temp_ref: through the loop's temporary reference",
	"temp_ref: bss_self() + bss_ref_release(), in frames of 48",
	"perm_ref_N: bss_ref_keep() + bss_ref_release() of the peer with N",
	"  permanent references held (bench.refs)",
	"try_call: a try around a service call that returns; throw_catch: the",
	"  callee throws and the try catches (ITERS/10 per sample)",
};

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void stats(double *v, unsigned int n, double *min, double *med)
{
	qsort(v, n, sizeof(*v), cmp_double);
	*min = v[0];
	*med = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static unsigned long long loop_or_die(enum cb_server s, enum cb_kind k,
				      unsigned long long iters, enum cb_server p,
				      unsigned int size, const char *name)
{
	unsigned long long t = cb_loop(s, k, iters, p, size);

	if (!t) {
		fprintf(stderr, "callbench: %s: %s\n", name, cb_msg);
		exit(1);
	}
	return t;
}

/* The first line of a sysfs file, or "?". */
static const char *sysfs(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");

	if (!f || !fgets(buf, len, f))
		snprintf(buf, len, "?");
	else
		buf[strcspn(buf, "\n")] = 0;
	if (f)
		fclose(f);
	return buf;
}

static void cpu_model(char *buf, size_t len)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[256], *p;

	snprintf(buf, len, "?");
	while (f && fgets(line, sizeof(line), f)) {
		p = strchr(line, ':');
		if (strncmp(line, "model name", 10) || !p)
			continue;
		p += 1 + strspn(p + 1, " \t");
		p[strcspn(p, "\n")] = 0;
		snprintf(buf, len, "%s", p);
		break;
	}
	if (f)
		fclose(f);
}

/* The highest CPU this process may run on: away from CPU 0's interrupts. */
static int default_cpu(void)
{
	cpu_set_t set;
	int i;

	if (sched_getaffinity(0, sizeof(set), &set))
		return 0;
	for (i = CPU_SETSIZE - 1; i > 0; i--)
		if (CPU_ISSET(i, &set))
			return i;
	return 0;
}

int main(int argc, char **argv)
{
	unsigned long long iters = 5000;
	unsigned int samples = 200, s, i, n, npatched;
	const char *json = "build/callbench.json";
	double *v[NFIG], *over, *pair, mn[NFIG], md[NFIG], omin, pmin, omed, pmed;
	double loop, sub;
	char buf[256], rp[256], srso[256], rb[256];
	int cpu = -1, c;
	cpu_set_t set;
	FILE *f;

	while ((c = getopt(argc, argv, "s:n:c:j:")) != -1) {
		switch (c) {
		case 's':
			samples = strtoul(optarg, NULL, 0);
			break;
		case 'n':
			iters = strtoull(optarg, NULL, 0);
			break;
		case 'c':
			cpu = atoi(optarg);
			break;
		case 'j':
			json = optarg;
			break;
		default:
			fprintf(stderr, "usage: %s [-s SAMPLES] [-n ITERS] [-c CPU] [-j JSON]\n",
				argv[0]);
			return 2;
		}
	}
	if (!samples || iters < 10) {
		fprintf(stderr, "callbench: need a sample and 10 iterations at least\n");
		return 2;
	}
	if (cpu < 0)
		cpu = default_cpu();
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set)) {
		fprintf(stderr, "callbench: cannot pin to CPU %d: %s\n", cpu, strerror(errno));
		return 1;
	}
	if (cb_patch_text(&npatched)) {
		fprintf(stderr, "callbench: cannot patch the program's text: %s\n",
			strerror(errno));
		return 1;
	}
	/* The fake task's stack: what is left below this frame. */
	cb_set_stack(((unsigned long)__builtin_frame_address(0) - (96 << 10)) & ~4095UL);
	if (cb_setup()) {
		fprintf(stderr, "callbench: setup: %s\n", cb_msg);
		return 1;
	}
	for (i = 0; i < NFIG; i++) {
		v[i] = calloc(samples, sizeof(double));
		if (!v[i])
			return 1;
	}
	over = calloc(samples, sizeof(double));
	pair = calloc(samples, sizeof(double));
	if (!over || !pair)
		return 1;

	/* Warm up every path, then interleave: a disturbance hits one sample. */
	for (s = 0; s < 3; s++) {
		for (i = 0; i < NFIG; i++)
			loop_or_die(figures[i].server, figures[i].kind, 100,
				    figures[i].peer, figures[i].size, figures[i].name);
		/* What the first calls asked for is bound, as the kernel's binder does. */
		cb_bind();
	}
	for (s = 0; s < samples; s++) {
		pair[s] = loop_or_die(CB_BENCH, CB_EMPTY, 0, CB_NONE, 0, "rdtsc pair");
		over[s] = loop_or_die(CB_BENCH, CB_EMPTY, iters, CB_NONE, 0, "loop_overhead");
		for (i = 0; i < NFIG; i++)
			v[i][s] = loop_or_die(figures[i].server, figures[i].kind,
					      iters / figures[i].div, figures[i].peer,
					      figures[i].size, figures[i].name);
	}

	/*
	 * Every figure includes bench.c's loop and one rdtsc pair (temp_ref:
	 * one per frame of 48). Subtracted from each: the least disturbed
	 * pair, and the least disturbed empty loop's cost per iteration.
	 */
	stats(pair, samples, &pmin, &pmed);
	stats(over, samples, &omin, &omed);
	loop = (omin - pmin) / iters;
	if (loop < 0)
		loop = 0;
	for (i = 0; i < NFIG; i++) {
		n = iters / figures[i].div;
		sub = loop * n + pmin * (figures[i].batched ?
					 (n + CB_TEMP_BATCH - 1) / CB_TEMP_BATCH : 1);
		for (s = 0; s < samples; s++)
			v[i][s] = (v[i][s] - sub) / n;
		stats(v[i], samples, &mn[i], &md[i]);
	}

	cpu_model(buf, sizeof(buf));
	printf("callbench: the call path's replica on this host, TSC ticks per operation,\n");
	printf("min and median of %u samples of %llu operations (throw_catch: %llu)\n",
	       samples, iters, iters / 10);
	printf("CPU: %s, pinned to CPU %d\n", buf, cpu);
	printf("spectre_v2: %s\n", sysfs("/sys/devices/system/cpu/vulnerabilities/spectre_v2",
					 rp, sizeof(rp)));
	printf("spec_rstack_overflow: %s\n",
	       sysfs("/sys/devices/system/cpu/vulnerabilities/spec_rstack_overflow",
		     srso, sizeof(srso)));
	printf("retbleed: %s\n", sysfs("/sys/devices/system/cpu/vulnerabilities/retbleed",
				       rb, sizeof(rb)));
	printf("thunks: retpoline; return thunk %s; %u fentry and paravirt sites patched\n",
	       CB_RETHUNK_NAME, npatched);
	if (!strstr(rp, "Retpoline")) {
		printf("NOTE: the kernel does not run retpolines here: it patches thunk calls\n");
		printf("to plain indirect calls; the figures still take the retpoline.\n");
	}
	printf("code generation: bsskmod/.call.o.cmd's flags (build/callbench/kflags)\n");
	printf("subtracted from every figure: %.2f per loop iteration, %.1f per rdtsc pair\n",
	       loop, pmin);
	for (i = 0; i < ARRAY_SIZE(notes); i++)
		printf("%s\n", notes[i]);
	printf("\n%-22s %8s %8s %9s %9s %9s %9s\n", "figure", "min", "median",
	       "/retp min", "/retp med", "/ind min", "/ind med");
	for (i = 0; i < NFIG; i++)
		printf("%-22s %8.2f %8.2f %9.2f %9.2f %9.2f %9.2f\n", figures[i].name,
		       mn[i], md[i], mn[i] / mn[RETPOLINE], md[i] / md[RETPOLINE],
		       mn[i] / mn[PLAIN], md[i] / md[PLAIN]);
	printf("\n(issue 12's targets, min: service_call / indirect_call <= 1.00: %.2f;\n",
	       mn[CALL] / mn[RETPOLINE]);
	printf(" serialized_call / service_call <= 1.25: %.2f; try_call / service_call\n",
	       mn[SERIAL] / mn[CALL]);
	printf(" <= 1.25: %.2f; throw_catch / service_call <= 6: %.2f;\n",
	       mn[TRY] / mn[CALL], mn[THROW] / mn[CALL]);
	printf(" perm_ref flat: 10000 held / 1 held: %.2f)\n", mn[PERM10K] / mn[PERM1]);

	f = fopen(json, "w");
	if (!f) {
		fprintf(stderr, "callbench: %s: %s\n", json, strerror(errno));
		return 1;
	}
	fprintf(f, "[\n");
	for (i = 0; i < NFIG; i++) {
		fprintf(f, "  {\"name\": \"%s\", \"where\": \"host\", \"unit\": \"tsc\", ",
			figures[i].name);
		fprintf(f, "\"min\": %.3f, \"median\": %.3f, ", mn[i], md[i]);
		fprintf(f, "\"ratio_retpoline\": %.3f, \"ratio_indirect\": %.3f, ",
			mn[i] / mn[RETPOLINE], mn[i] / mn[PLAIN]);
		fprintf(f, "\"samples\": %u, \"ops\": %llu}%s\n", samples,
			iters / figures[i].div, i + 1 < NFIG ? "," : "");
	}
	fprintf(f, "]\n");
	fclose(f);
	printf("wrote %s\n", json);
	return 0;
}
