// SPDX-License-Identifier: GPL-2.0
/*
 * latch: like gate, but its service is atomic: a serialized caller keeps
 * its lock while it waits here.
 */
#include <bss/server.h>

#include "../spin.h"

BSS_IMPL_latch(lt, struct spin_gate);

static u64 lt_hold(struct spin_gate *g)
{
	return spin_gate_hold(g);
}

static void lt_open(struct spin_gate *g)
{
	WRITE_ONCE(g->open, 1);
}

static u32 lt_entered(struct spin_gate *g)
{
	return READ_ONCE(g->entered);
}

static const struct lt_latch_ops lt_latch_ops = {
	.hold = lt_hold,
	.open = lt_open,
	.entered = lt_entered,
};

BSS_SERVER(lt, struct spin_gate,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 64);
MODULE_DESCRIPTION("BSS test server: latch (atomic service)");
