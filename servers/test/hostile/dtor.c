// SPDX-License-Identifier: GPL-2.0
/*
 * A destructor that hands its dying server to the holder: the holder's
 * ref_keep must be refused with a throw, never resurrect it.
 */
#define BSS_REQUIRED(X) X(holder, hostile)
#define BSS_IMPORTS(X, S) X(hostile, keep) S(self)
#include <bss/server.h>

struct hdtor {
	u32 x;
};

BSS_IMPL_hostile(hx, struct hdtor);

static u64 hx_run(struct hdtor *d, u64 what)
{
	return what;
}

static void hx_keep(struct hdtor *d, bss_ref_t ref)
{
}

static u64 hx_call(struct hdtor *d, u64 x)
{
	return x;
}

static const struct hx_hostile_ops hx_hostile_ops = {
	.run = hx_run,
	.keep = hx_keep,
	.call = hx_call,
};

static void hx_dtor(struct hdtor *d)
{
	hostile_keep(REF_holder, bss_self());
}

BSS_DTOR(struct hdtor, hx_dtor);

BSS_SERVER(hx, struct hdtor,
	   .dtor = __bss_dtor,
	   .attrs = BSS_ATTR_THREAD_SAFE,
	   .stack_need = 128);
MODULE_DESCRIPTION("BSS test server: a destructor that hands itself out");
