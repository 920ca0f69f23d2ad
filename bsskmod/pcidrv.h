/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_PCIDRV_H
#define _BSS_PCIDRV_H

#include <linux/types.h>

struct bss_bundle;

int bss_pcidrv_add(u16 vendor, u16 device, u32 class, struct bss_bundle *b,
		   const char *file, u32 graph);
void bss_pcidrv_remove_graph(u32 graph);
int bss_pcidrv_init(void);
void bss_pcidrv_uninit(void);

#endif /* _BSS_PCIDRV_H */
