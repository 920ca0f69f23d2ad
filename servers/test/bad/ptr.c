// SPDX-License-Identifier: GPL-2.0
/* An entry point outside the module's code: an offset out of range. */
#include "bad.h"

static const struct bss_sig sigs[] = ECHO_SIGS;
static const struct bss_service svc = {
	.id = 0x1e1, .nfns = 5, .name = "wild",
	.fn_names = bss_fn_names_echo, .sigs = sigs,
};

static const bss_entry_t wild_entries[] = {
	bad_entry, bad_entry, (bss_entry_t)0xffffffffc0de0000UL, bad_entry, bad_entry,
};

static const struct bss_impl __bss_impl_bad = { .svc = &svc, .entries = wild_entries };

BSS_SERVER(bad, struct bad, .attrs = BSS_ATTR_THREAD_SAFE);
MODULE_DESCRIPTION("BSS test server: wild entry pointer, must be refused");
