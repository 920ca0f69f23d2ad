// SPDX-License-Identifier: GPL-2.0
/*
 * badsig: a deliberately wrong server for the selftests. It claims service
 * ID 0x100 ("echo") with a signature that differs from the catalogue's, so
 * the runtime must refuse it at load time.
 */
#include <bss/server.h>

/* The catalogue's echo, except that ping takes and returns 32 bits. */
static const struct bss_sig bad_sigs[] = {
	{ .ret = BSS_T_U32, .nargs = 1, .arg = { BSS_T_U32 } },
	{ .ret = BSS_T_U64, .nargs = 2, .arg = { BSS_T_U64, BSS_T_U64 } },
	{ .ret = BSS_T_U64 },
	{ .ret = BSS_T_U64, .nargs = 2, .arg = { BSS_T_OUT, BSS_T_SIZE },
	  .flags = BSS_SIG_SPECIAL },
	{ .ret = BSS_T_U64, .nargs = 2, .arg = { BSS_T_IN, BSS_T_SIZE },
	  .flags = BSS_SIG_SPECIAL },
};

static const char * const bad_names[] = { "ping", "add", "get", "fill", "sum" };

static const struct bss_service bad_svc = {
	.id = BSS_SVC_echo,
	.nfns = 5,
	.name = "echo",
	.fn_names = bad_names,
	.sigs = bad_sigs,
};

struct bad {
	u32 x;
};

static u64 bad_ping(void *self, u64 ref, u64 a0, u64 a1, u64 a2, u64 a3)
{
	return a0;
}

static const bss_entry_t bad_entries[] = {
	bad_ping, bad_ping, bad_ping, bad_ping, bad_ping,
};

static const struct bss_impl __bss_impl_bad = {
	.svc = &bad_svc,
	.entries = bad_entries,
};

BSS_SERVER(bad, struct bad, .attrs = BSS_ATTR_THREAD_SAFE);
MODULE_DESCRIPTION("BSS test server: wrong signature, must be refused");
