// SPDX-License-Identifier: GPL-2.0
/*
 * bss_call() with imports that are not the caller's: run(1) one of its
 * own making, run(2) a pointer into the middle of its table, run(3) a
 * system call's entry (no service). run(0) calls itself properly.
 */
#define BSS_IMPORTS(X, S) X(hostile, run) S(self)
#include <bss/server.h>

struct hforge {
	u32 x;
};

BSS_IMPL_hostile(hf, struct hforge);

static const struct bss_import forged = {
	.svc = &bss_svc_hostile, .fn = BSS_FN_hostile_run,
};

static u64 hf_run(struct hforge *f, u64 what)
{
	const struct bss_import *imp;

	switch (what) {
	case 0:
		return hostile_run(bss_self(), 7);
	case 1:
		imp = &forged;
		break;
	case 2:
		imp = (const void *)((const u8 *)&__bss_imports[__BSS_IMP_hostile_run] + 8);
		break;
	case 3:
		imp = &__bss_imports[__BSS_IMP_sys_self];
		break;
	default:
		return what;
	}
	return bss_call(imp, bss_self(), 9, 0, 0, 0);
}

static void hf_keep(struct hforge *f, bss_ref_t ref)
{
}

static u64 hf_call(struct hforge *f, u64 x)
{
	return x;
}

static const struct hf_hostile_ops hf_hostile_ops = {
	.run = hf_run,
	.keep = hf_keep,
	.call = hf_call,
};

BSS_SERVER(hf, struct hforge,
	   .attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	   .stack_need = 128);
MODULE_DESCRIPTION("BSS test server: forged imports");
