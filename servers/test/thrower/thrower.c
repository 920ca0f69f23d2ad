// SPDX-License-Identifier: GPL-2.0
/*
 * thrower: serialized servers in a chain. dive() takes an owned temporary
 * at each level and throws at the bottom; catch() opens a try around a
 * dive and resumes after it. Tests check that every temporary and every
 * lock of the aborted frames is released.
 */
#define BSS_IMPORTS(X, S) X(thrower, me) X(thrower, dive) \
	S(ref_keep) S(self) S(try) S(try_end) S(throw)
#include <bss/server.h>

#define THROWER_ERROR	1000

struct thrower {
	bss_ref_t next;
	u32 caught;
	u32 linked;
};

BSS_IMPL_thrower(th, struct thrower);

static void th_link(struct thrower *t, bss_ref_t next)
{
	t->next = bss_ref_keep(next);
	t->linked = 1;
}

static bss_ref_t th_me(struct thrower *t)
{
	return bss_self();
}

static u64 th_dive(struct thrower *t, u32 depth)
{
	bss_ref_t tmp;

	if (!depth || !t->linked)
		bss_throw(THROWER_ERROR, -ENOSPC);
	tmp = thrower_me(t->next);
	return thrower_dive(tmp, depth - 1) + 1;
}

static u64 th_catch(struct thrower *t, u32 depth)
{
	struct bss_try tc;

	if (!bss_try(&tc)) {
		th_dive(t, depth);
		bss_try_end(&tc);
		return 0;
	}
	t->caught++;
	return -tc.err;
}

static u32 th_caught(struct thrower *t)
{
	return t->caught;
}

static const struct th_thrower_ops th_thrower_ops = {
	.link = th_link,
	.me = th_me,
	.dive = th_dive,
	.catch = th_catch,
	.caught = th_caught,
};

BSS_SERVER(th, struct thrower,
	   .attrs = BSS_ATTR_SERIALIZED | BSS_ATTR_CALLBACKS,
	   .stack_need = 256);
MODULE_DESCRIPTION("BSS test server: thrower");
