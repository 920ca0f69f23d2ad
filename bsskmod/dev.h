/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_DEV_H
#define _BSS_DEV_H

int bss_dev_init(void);
void bss_dev_uninit(void);

#endif /* _BSS_DEV_H */
