/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_SVCREG_H
#define _BSS_SVCREG_H

#include <bss/abi.h>

int bss_svcreg_get(const struct bss_service *svc, const char *image,
		   char *msg, size_t msglen);
void bss_svcreg_put(u32 id);
u32 bss_svcreg_count(void);
int bss_svcreg_name(u32 id, char *name, size_t len);
int bss_svcreg_init(void);
void bss_svcreg_uninit(void);

#endif /* _BSS_SVCREG_H */
