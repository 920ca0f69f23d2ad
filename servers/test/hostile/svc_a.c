// SPDX-License-Identifier: GPL-2.0
/*
 * One of two images that define service 0x7f01, outside the catalogue,
 * with different signatures: the second is refused, and the message
 * names both images.
 */
#include <bss/server.h>

#ifndef PAIR_KIND
#define PAIR_KIND	BSS_T_U64	/* svc_b.c: BSS_T_U32 */
#endif

static const char * const names[] = { "run" };
static const struct bss_sig sigs[] = {
	{ .ret = PAIR_KIND, .nargs = 1, .arg = { PAIR_KIND } },
};

static const struct bss_service svc = {
	.id = 0x7f01, .nfns = 1, .name = "pair", .fn_names = names, .sigs = sigs,
};

struct hpair {
	u32 x;
};

static u64 hq_entry(void *self, u64 ref, u64 a0, u64 a1, u64 a2, u64 a3)
{
	return a0;
}

static const bss_entry_t entries[] = { hq_entry };
static const struct bss_impl __bss_impl_hq = { .svc = &svc, .entries = entries };

BSS_SERVER(hq, struct hpair, .attrs = BSS_ATTR_THREAD_SAFE);
MODULE_DESCRIPTION("BSS test server: service 0x7f01, one of two signatures");
