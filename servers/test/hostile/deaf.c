// SPDX-License-Identifier: GPL-2.0
/*
 * A factory thread that ignores bss_thread_stop(): run(1) starts one that
 * first tells its holder it runs (call(2)), then spins, whatever it is
 * told, until the holder's run() says 1 (the test sets it with call(1)),
 * or about twenty seconds of TSC cycles. Its
 * server's destruction must not wait for it: the server stays dead until
 * the thread ends, then goes.
 */
#define BSS_REQUIRED(X) X(holder, hostile)
#define BSS_IMPORTS(X, S) X(hostile, run) X(hostile, call) S(thread)
#include <bss/server.h>

#include "../spin.h"

#define DEAF_CYCLES	(4 * SPIN_LIMIT_CYCLES)

struct hdeaf {
	u32 started;
};

BSS_IMPL_hostile(hz, struct hdeaf);

static u64 hz_run(struct hdeaf *d, u64 what)
{
	if (what == 1)
		d->started = bss_thread(hostile_call, 0);
	return d->started;
}

static void hz_keep(struct hdeaf *d, bss_ref_t ref)
{
}

/* The thread: never asks whether it should stop. */
static u64 hz_call(struct hdeaf *d, u64 x)
{
	cycles_t start = get_cycles();

	hostile_call(REF_holder, 2);
	while (get_cycles() - start < DEAF_CYCLES && hostile_run(REF_holder, 0) != 1)
		cpu_relax();
	return 0;
}

static const struct hz_hostile_ops hz_hostile_ops = {
	.run = hz_run,
	.keep = hz_keep,
	.call = hz_call,
};

BSS_SERVER(hz, struct hdeaf,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 64);
MODULE_DESCRIPTION("BSS test server: a thread that ignores stop");
