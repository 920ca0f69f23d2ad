// SPDX-License-Identifier: GPL-2.0
/*
 * gate: a thread-safe server that makes its callers wait until it is
 * opened, so tests can hold a thread inside an outgoing call. It also calls
 * back into a counter, which refuses callbacks.
 */
#define BSS_IMPORTS(X, S) X(counter, get)
#include <bss/server.h>

#include "../spin.h"

BSS_IMPL_gate(gt, struct spin_gate);

static u64 gt_hold(struct spin_gate *g)
{
	return spin_gate_hold(g);
}

static void gt_open(struct spin_gate *g)
{
	WRITE_ONCE(g->open, 1);
}

static u32 gt_entered(struct spin_gate *g)
{
	return READ_ONCE(g->entered);
}

static u64 gt_call_back(struct spin_gate *g, bss_ref_t counter)
{
	return counter_get(counter);
}

static u64 gt_nop(struct spin_gate *g)
{
	return 0;
}

static const struct gt_gate_ops gt_gate_ops = {
	.hold = gt_hold,
	.open = gt_open,
	.entered = gt_entered,
	.call_back = gt_call_back,
	.nop = gt_nop,
};

BSS_SERVER(gt, struct spin_gate,
	   .attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	   .stack_need = 64);
MODULE_DESCRIPTION("BSS test server: gate");
