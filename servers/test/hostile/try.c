// SPDX-License-Identifier: GPL-2.0
/*
 * Try blocks whose C function has returned: a throw must not jump into
 * the dead frame, but go on to the next live try. run(0) catches in a
 * live try; run(1) throws after a helper opened a try and returned;
 * run(2) throws from a deeper function after the same.
 */
#define BSS_IMPORTS(X, S) S(try) S(try_end) S(throw)
#include <bss/server.h>

#define CAUGHT	1000

struct htry {
	u32 x;
};

BSS_IMPL_hostile(ht, struct htry);

/* Opens a try and returns with it still open. */
static noinline int open_try(struct bss_try *tc)
{
	return bss_try(tc);
}

/* A frame larger than open_try's, filled with no code address. */
static noinline u64 deeper(u64 x)
{
	u8 pad[256];

	memset(pad, 0x5a, sizeof(pad));
	barrier_data(pad);
	if (x)
		bss_throw(BSS_E_USER, -EPROTO);
	return pad[x];
}

static u64 ht_run(struct htry *h, u64 what)
{
	struct bss_try tc;

	switch (what) {
	case 0:
		if (!bss_try(&tc)) {
			deeper(1);
			bss_try_end(&tc);
			return 0;
		}
		return CAUGHT - tc.err;
	case 1:
		if (open_try(&tc))
			return 0xbad;
		bss_throw(BSS_E_USER, -EPROTO);
		return 1;
	case 2:
		if (open_try(&tc))
			return 0xbad;
		return deeper(2);
	}
	return 0;
}

static void ht_keep(struct htry *h, bss_ref_t ref)
{
}

static u64 ht_call(struct htry *h, u64 x)
{
	return x;
}

static const struct ht_hostile_ops ht_hostile_ops = {
	.run = ht_run,
	.keep = ht_keep,
	.call = ht_call,
};

BSS_SERVER(ht, struct htry,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 512);
MODULE_DESCRIPTION("BSS test server: throws into returned try blocks");
