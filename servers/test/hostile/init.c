// SPDX-License-Identifier: GPL-2.0
/*
 * A description with a table in the module's init section, which is
 * freed once the module's init returns: refused at registration.
 */
#include <bss/server.h>

static const char * const names[] __initconst = { "run", "keep", "call" };

static const struct bss_service svc __refconst = {
	.id = 0x7f00, .nfns = 3, .name = "initsvc",
	.fn_names = names, .sigs = bss_sigs_hostile,
};

struct hinit {
	u32 x;
};

static u64 hn_entry(void *self, u64 ref, u64 a0, u64 a1, u64 a2, u64 a3)
{
	return a0;
}

static const bss_entry_t entries[] = { hn_entry, hn_entry, hn_entry };
static const struct bss_impl __bss_impl_hn = { .svc = &svc, .entries = entries };

BSS_SERVER(hn, struct hinit, .attrs = BSS_ATTR_THREAD_SAFE);
MODULE_DESCRIPTION("BSS test server: description in init memory");
