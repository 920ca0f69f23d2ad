// SPDX-License-Identifier: GPL-2.0
/*
 * holder: the server the hostile ones hand themselves to. keep() holds
 * one strong reference, call(x) records x and calls run(x) through what
 * it keeps; run() returns the last x recorded. Two holders that keep each
 * other make a cycle.
 */
#define BSS_IMPORTS(X, S) X(hostile, run) S(ref_keep) S(ref_release)
#include <bss/server.h>

struct holder {
	bss_ref_t kept;
	u64 last;
};

BSS_IMPL_hostile(hd, struct holder);

static u64 hd_run(struct holder *h, u64 what)
{
	return h->last;
}

static void hd_keep(struct holder *h, bss_ref_t ref)
{
	if (h->kept != BSS_REF_NULL) {
		bss_ref_release(h->kept);
		h->kept = BSS_REF_NULL;
	}
	if (ref != BSS_REF_NULL)
		h->kept = bss_ref_keep(ref);
}

static u64 hd_call(struct holder *h, u64 x)
{
	h->last = x;
	if (h->kept == BSS_REF_NULL)
		return x;
	return hostile_run(h->kept, x);
}

static const struct hd_hostile_ops hd_hostile_ops = {
	.run = hd_run,
	.keep = hd_keep,
	.call = hd_call,
};

static int hd_ctor(struct holder *h)
{
	h->kept = BSS_REF_NULL;
	return 0;
}

BSS_CTOR(struct holder, hd_ctor);

BSS_SERVER(hd, struct holder,
	   .ctor = __bss_ctor,
	   .attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	   .stack_need = 128);
MODULE_DESCRIPTION("BSS test server: holds a reference for the hostile servers");
