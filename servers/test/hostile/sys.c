// SPDX-License-Identifier: GPL-2.0
/*
 * System calls made without declaring them: the runtime's exports are
 * called by name, around BSS_IMPORTS. Each must be refused at run time.
 * run(1): self, run(2): throw, run(3): ref_keep; run(0) does nothing.
 */
#include <bss/server.h>

struct hsys {
	u32 x;
};

BSS_IMPL_hostile(hy, struct hsys);

static u64 hy_run(struct hsys *s, u64 what)
{
	switch (what) {
	case 1:
		return bss_sys_self();
	case 2:
		bss_sys_throw(BSS_E_USER, -EIO);
		return 2;
	case 3:
		return bss_sys_ref_keep(BSS_REF_TEMP);
	}
	return 0;
}

static void hy_keep(struct hsys *s, bss_ref_t ref)
{
}

static u64 hy_call(struct hsys *s, u64 x)
{
	return x;
}

static const struct hy_hostile_ops hy_hostile_ops = {
	.run = hy_run,
	.keep = hy_keep,
	.call = hy_call,
};

BSS_SERVER(hy, struct hsys,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 64);
MODULE_DESCRIPTION("BSS test server: undeclared system calls");
