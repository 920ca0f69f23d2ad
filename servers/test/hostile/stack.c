// SPDX-License-Identifier: GPL-2.0
/*
 * Recursion through service calls with a large frame each: run(n) calls
 * itself n deep. It declares what it needs, and the runtime must refuse
 * the call that would not fit instead of running off the kernel stack.
 */
#define BSS_IMPORTS(X, S) X(hostile, run) S(self)
#include <bss/server.h>

#define FRAME	1536

struct hstack {
	u32 x;
};

BSS_IMPL_hostile(hs, struct hstack);

static u64 hs_run(struct hstack *s, u64 depth)
{
	u8 buf[FRAME];

	memset(buf, depth, sizeof(buf));
	barrier_data(buf);
	if (!depth)
		return buf[7];
	return hostile_run(bss_self(), depth - 1) + buf[depth % FRAME];
}

static void hs_keep(struct hstack *s, bss_ref_t ref)
{
}

static u64 hs_call(struct hstack *s, u64 x)
{
	return x;
}

static const struct hs_hostile_ops hs_hostile_ops = {
	.run = hs_run,
	.keep = hs_keep,
	.call = hs_call,
};

BSS_SERVER(hs, struct hstack,
	   .attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	   .stack_need = FRAME + 256);
MODULE_DESCRIPTION("BSS test server: deep recursion with large frames");
