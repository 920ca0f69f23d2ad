/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Deliberately broken server descriptions for the selftests. Each module
 * that includes this defines one BAD_* case; the runtime must refuse every
 * one at registration, before any of its code runs, with a message that
 * names the broken field.
 */
#ifndef _BSS_TEST_BAD_H
#define _BSS_TEST_BAD_H

#include <bss/server.h>

struct bad {
	u64 x;
};

static u64 bad_entry(void *self, u64 ref, u64 a0, u64 a1, u64 a2, u64 a3)
{
	return a0;
}

#define ECHO_SIGS { \
	{ .ret = BSS_T_U64, .nargs = 1, .arg = { BSS_T_U64 } }, \
	{ .ret = BSS_T_U64, .nargs = 2, .arg = { BSS_T_U64, BSS_T_U64 } }, \
	{ .ret = BSS_T_U64 }, \
	{ .ret = BSS_T_U64, .nargs = 2, .arg = { BSS_T_OUT, BSS_T_SIZE },	\
	  .flags = BSS_SIG_SPECIAL },						\
	{ .ret = BSS_T_U64, .nargs = 2, .arg = { BSS_T_IN, BSS_T_SIZE },	\
	  .flags = BSS_SIG_SPECIAL },						\
}

static const bss_entry_t bad_entries[] = {
	bad_entry, bad_entry, bad_entry, bad_entry, bad_entry,
};

#endif /* _BSS_TEST_BAD_H */
