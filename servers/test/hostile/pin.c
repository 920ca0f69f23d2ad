// SPDX-License-Identifier: GPL-2.0
/*
 * A server that keeps a strong reference to itself (run(1)) would never
 * be reclaimed: refused.
 */
#define BSS_IMPORTS(X, S) S(self) S(ref_keep)
#include <bss/server.h>

struct hpin {
	bss_ref_t me;
};

BSS_IMPL_hostile(hp, struct hpin);

static u64 hp_run(struct hpin *p, u64 what)
{
	if (what == 1)
		p->me = bss_ref_keep(bss_self());
	return p->me;
}

static void hp_keep(struct hpin *p, bss_ref_t ref)
{
}

static u64 hp_call(struct hpin *p, u64 x)
{
	return x;
}

static const struct hp_hostile_ops hp_hostile_ops = {
	.run = hp_run,
	.keep = hp_keep,
	.call = hp_call,
};

BSS_SERVER(hp, struct hpin,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 64);
MODULE_DESCRIPTION("BSS test server: pins itself");
