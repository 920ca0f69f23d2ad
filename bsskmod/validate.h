/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_VALIDATE_H
#define _BSS_VALIDATE_H

#include <linux/module.h>
#include <bss/abi.h>

struct bss_vctx {
	struct module *mod;
	char *msg;
	size_t msglen;
};

int bss_validate_desc(struct bss_vctx *v, const struct bss_image_desc *d);
int bss_validate_sig(struct bss_vctx *v, const struct bss_sig *s,
		     const char *what);
bool bss_module_text(const struct module *mod, unsigned long a);

#endif /* _BSS_VALIDATE_H */
