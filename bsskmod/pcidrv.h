/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_PCIDRV_H
#define _BSS_PCIDRV_H

#include <linux/types.h>

int bss_pcidrv_init(void);
void bss_pcidrv_uninit(void);

#endif /* _BSS_PCIDRV_H */
