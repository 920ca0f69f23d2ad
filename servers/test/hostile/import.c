// SPDX-License-Identifier: GPL-2.0
/*
 * A server that calls the kernel directly (printk): bssctl image load
 * refuses its file, and plain insmod must be refused at registration.
 */
#include <bss/server.h>

struct himport {
	u32 x;
};

BSS_IMPL_hostile(hi, struct himport);

static u64 hi_run(struct himport *h, u64 what)
{
	pr_info("a server should not reach printk\n");
	return what;
}

static void hi_keep(struct himport *h, bss_ref_t ref)
{
}

static u64 hi_call(struct himport *h, u64 x)
{
	return x;
}

static const struct hi_hostile_ops hi_hostile_ops = {
	.run = hi_run,
	.keep = hi_keep,
	.call = hi_call,
};

BSS_SERVER(hi, struct himport,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 64);
MODULE_DESCRIPTION("BSS test server: imports printk");
