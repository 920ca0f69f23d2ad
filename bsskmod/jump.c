// SPDX-License-Identifier: GPL-2.0
/*
 * The export of jump_64.S's bss_sys_try(): servers call it from bss_try()
 * in their own frame.
 */
#include <linux/export.h>
#include <bss/runtime.h>

/* bss_sys_try() itself is in jump_64.S; 6.1 has no namespaced asm export. */
EXPORT_SYMBOL_NS_GPL(bss_sys_try, BSS);
