// SPDX-License-Identifier: GPL-2.0
/*
 * Floods: run(n) with n > 0 keeps n strong references to its holder,
 * run(0) takes temporaries until refused. Each stops at the runtime's
 * limit with its error; what was taken goes with the frame or the server.
 */
#define BSS_REQUIRED(X) X(holder, hostile)
#define BSS_IMPORTS(X, S) S(self) S(ref_keep)
#include <bss/server.h>

struct hflood {
	u64 kept;
};

BSS_IMPL_hostile(hl, struct hflood);

static u64 hl_run(struct hflood *f, u64 n)
{
	if (!n) {
		for (;;)
			bss_self();
	}
	for (; f->kept < n; f->kept++)
		bss_ref_keep(REF_holder);
	return f->kept;
}

static void hl_keep(struct hflood *f, bss_ref_t ref)
{
}

static u64 hl_call(struct hflood *f, u64 x)
{
	return f->kept;
}

static const struct hl_hostile_ops hl_hostile_ops = {
	.run = hl_run,
	.keep = hl_keep,
	.call = hl_call,
};

BSS_SERVER(hl, struct hflood,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 64);
MODULE_DESCRIPTION("BSS test server: floods of references");
