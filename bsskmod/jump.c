// SPDX-License-Identifier: GPL-2.0
/*
 * Exports of the setjmp/longjmp pair in jump_64.S: servers call
 * bss_setjmp() from bss_try() in their own frame.
 */
#include <linux/export.h>
#include <bss/abi.h>

/* bss_setjmp() itself is in jump_64.S; 6.1 has no namespaced asm export. */
EXPORT_SYMBOL_NS_GPL(bss_setjmp, BSS);
