// SPDX-License-Identifier: GPL-2.0
/*
 * A constructor that hands its server to the holder, then fails. What it
 * handed out must turn dead: the holder's calls through it are refused,
 * and the image can go. Its destructor still runs for what the
 * constructor did (docs/design.md, "Lifecycle"): it tells the holder.
 */
#define BSS_REQUIRED(X) X(holder, hostile)
#define BSS_IMPORTS(X, S) X(hostile, keep) X(hostile, call) S(self) S(throw)
#include <bss/server.h>

#define CTOR_DONE	0xd7

struct hctor {
	u32 step;
};

BSS_IMPL_hostile(hc, struct hctor);

static u64 hc_run(struct hctor *c, u64 what)
{
	return 0x600d;
}

static void hc_keep(struct hctor *c, bss_ref_t ref)
{
}

static u64 hc_call(struct hctor *c, u64 x)
{
	return x;
}

static const struct hc_hostile_ops hc_hostile_ops = {
	.run = hc_run,
	.keep = hc_keep,
	.call = hc_call,
};

static int hc_ctor(struct hctor *c)
{
	hostile_keep(REF_holder, bss_self());
	c->step = 1;
	bss_throw(BSS_E_USER, -EPROTO);
	return 0;
}

static void hc_dtor(struct hctor *c)
{
	if (c->step)
		hostile_call(REF_holder, CTOR_DONE);
}

BSS_CTOR(struct hctor, hc_ctor);
BSS_DTOR(struct hctor, hc_dtor);

BSS_SERVER(hc, struct hctor,
	   .ctor = __bss_ctor,
	   .dtor = __bss_dtor,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 128);
MODULE_DESCRIPTION("BSS test server: a constructor that hands itself out and fails");
