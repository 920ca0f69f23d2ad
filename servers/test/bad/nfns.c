// SPDX-License-Identifier: GPL-2.0
/* A service that claims 100000 functions: a huge count. */
#include "bad.h"

static const struct bss_sig sigs[] = ECHO_SIGS;
static const struct bss_service svc = {
	.id = 0x1e0, .nfns = 100000, .name = "huge",
	.fn_names = bss_fn_names_echo, .sigs = sigs,
};

static const struct bss_impl __bss_impl_bad = { .svc = &svc, .entries = bad_entries };

BSS_SERVER(bad, struct bad, .attrs = BSS_ATTR_THREAD_SAFE);
MODULE_DESCRIPTION("BSS test server: huge function count, must be refused");
